from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties import (
        CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemProperties,
    )


T = TypeVar("T", bound="CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItem")


@_attrs_define
class CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItem:
    """
    Attributes:
        type_ (str | Unset):
        properties (CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemProperties |
            Unset):
    """

    type_: str | Unset = UNSET
    properties: (
        CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemProperties | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties import (
            CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemProperties,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: (
            CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemProperties | Unset
        )
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemProperties.from_dict(
                _properties
            )

        create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item = cls(
            type_=type_,
            properties=properties,
        )

        create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item.additional_properties = d
        return create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item

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
