from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data import (
        CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqData,
    )


T = TypeVar("T", bound="CreateServicesRequestBodyConfigItemMappingRulePropertiesDataProperties")


@_attrs_define
class CreateServicesRequestBodyConfigItemMappingRulePropertiesDataProperties:
    """inferred from examples

    Attributes:
        req_data (CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqData | Unset): inferred from
            examples
    """

    req_data: CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        req_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.req_data, Unset):
            req_data = self.req_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if req_data is not UNSET:
            field_dict["req_data"] = req_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data import (
            CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _req_data = d.pop("req_data", UNSET)
        req_data: CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqData | Unset
        if isinstance(_req_data, Unset):
            req_data = UNSET
        else:
            req_data = CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqData.from_dict(
                _req_data
            )

        create_services_request_body_config_item_mapping_rule_properties_data_properties = cls(
            req_data=req_data,
        )

        create_services_request_body_config_item_mapping_rule_properties_data_properties.additional_properties = d
        return create_services_request_body_config_item_mapping_rule_properties_data_properties

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
