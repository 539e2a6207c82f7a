from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item import (
        CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItem,
    )


T = TypeVar("T", bound="CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqData")


@_attrs_define
class CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqData:
    """inferred from examples

    Attributes:
        type_ (str | Unset):
        items (list[CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItem] | Unset):
    """

    type_: str | Unset = UNSET
    items: list[CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item import (
            CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _items = d.pop("items", UNSET)
        items: list[CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItem] | Unset = (
            UNSET
        )
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = (
                    CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItem.from_dict(
                        items_item_data
                    )
                )

                items.append(items_item)

        create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data = cls(
            type_=type_,
            items=items,
        )

        create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data.additional_properties = d
        return create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data

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
