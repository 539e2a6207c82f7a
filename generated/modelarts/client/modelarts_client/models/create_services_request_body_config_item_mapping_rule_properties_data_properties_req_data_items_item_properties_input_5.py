from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput5"
)


@_attrs_define
class CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput5:
    """
    Attributes:
        type_ (str | Unset):
        index (int | Unset):
    """

    type_: str | Unset = UNSET
    index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        index = d.pop("index", UNSET)

        create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties_input_5 = cls(
            type_=type_,
            index=index,
        )

        create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties_input_5.additional_properties = d
        return create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties_input_5

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
