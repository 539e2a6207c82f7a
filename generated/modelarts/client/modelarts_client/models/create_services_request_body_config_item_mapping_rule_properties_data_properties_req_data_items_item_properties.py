from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties_input_1 import (
        CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput1,
    )
    from ..models.create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties_input_2 import (
        CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput2,
    )
    from ..models.create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties_input_3 import (
        CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput3,
    )
    from ..models.create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties_input_4 import (
        CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput4,
    )
    from ..models.create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties_input_5 import (
        CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput5,
    )


T = TypeVar(
    "T", bound="CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemProperties"
)


@_attrs_define
class CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemProperties:
    """
    Attributes:
        input5 (CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput5 |
            Unset):
        input4 (CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput4 |
            Unset):
        input3 (CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput3 |
            Unset):
        input2 (CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput2 |
            Unset):
        input1 (CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput1 |
            Unset):
    """

    input5: (
        CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput5 | Unset
    ) = UNSET
    input4: (
        CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput4 | Unset
    ) = UNSET
    input3: (
        CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput3 | Unset
    ) = UNSET
    input2: (
        CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput2 | Unset
    ) = UNSET
    input1: (
        CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput1 | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input5: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input5, Unset):
            input5 = self.input5.to_dict()

        input4: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input4, Unset):
            input4 = self.input4.to_dict()

        input3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input3, Unset):
            input3 = self.input3.to_dict()

        input2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input2, Unset):
            input2 = self.input2.to_dict()

        input1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input1, Unset):
            input1 = self.input1.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input5 is not UNSET:
            field_dict["input5"] = input5
        if input4 is not UNSET:
            field_dict["input4"] = input4
        if input3 is not UNSET:
            field_dict["input3"] = input3
        if input2 is not UNSET:
            field_dict["input2"] = input2
        if input1 is not UNSET:
            field_dict["input1"] = input1

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties_input_1 import (
            CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput1,  # noqa: PLC0415
        )
        from ..models.create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties_input_2 import (
            CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput2,  # noqa: PLC0415
        )
        from ..models.create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties_input_3 import (
            CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput3,  # noqa: PLC0415
        )
        from ..models.create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties_input_4 import (
            CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput4,  # noqa: PLC0415
        )
        from ..models.create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties_input_5 import (
            CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput5,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _input5 = d.pop("input5", UNSET)
        input5: (
            CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput5
            | Unset
        )
        if isinstance(_input5, Unset):
            input5 = UNSET
        else:
            input5 = CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput5.from_dict(
                _input5
            )

        _input4 = d.pop("input4", UNSET)
        input4: (
            CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput4
            | Unset
        )
        if isinstance(_input4, Unset):
            input4 = UNSET
        else:
            input4 = CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput4.from_dict(
                _input4
            )

        _input3 = d.pop("input3", UNSET)
        input3: (
            CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput3
            | Unset
        )
        if isinstance(_input3, Unset):
            input3 = UNSET
        else:
            input3 = CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput3.from_dict(
                _input3
            )

        _input2 = d.pop("input2", UNSET)
        input2: (
            CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput2
            | Unset
        )
        if isinstance(_input2, Unset):
            input2 = UNSET
        else:
            input2 = CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput2.from_dict(
                _input2
            )

        _input1 = d.pop("input1", UNSET)
        input1: (
            CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput1
            | Unset
        )
        if isinstance(_input1, Unset):
            input1 = UNSET
        else:
            input1 = CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput1.from_dict(
                _input1
            )

        create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties = cls(
            input5=input5,
            input4=input4,
            input3=input3,
            input2=input2,
            input1=input1,
        )

        create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties.additional_properties = d
        return create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties

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
