from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_workflows_response_200_items_item_data_item_value import (
        ListWorkflowsResponse200ItemsItemDataItemValue,
    )


T = TypeVar("T", bound="ListWorkflowsResponse200ItemsItemDataItem")


@_attrs_define
class ListWorkflowsResponse200ItemsItemDataItem:
    """inferred from examples

    Attributes:
        name (str | Unset):
        type_ (str | Unset):
        value (ListWorkflowsResponse200ItemsItemDataItemValue | Unset): inferred from examples
        used_steps (list[str] | Unset):
    """

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    value: ListWorkflowsResponse200ItemsItemDataItemValue | Unset = UNSET
    used_steps: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        used_steps: list[str] | Unset = UNSET
        if not isinstance(self.used_steps, Unset):
            used_steps = self.used_steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if used_steps is not UNSET:
            field_dict["used_steps"] = used_steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_workflows_response_200_items_item_data_item_value import (
            ListWorkflowsResponse200ItemsItemDataItemValue,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        _value = d.pop("value", UNSET)
        value: ListWorkflowsResponse200ItemsItemDataItemValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = ListWorkflowsResponse200ItemsItemDataItemValue.from_dict(_value)

        used_steps = cast(list[str], d.pop("used_steps", UNSET))

        list_workflows_response_200_items_item_data_item = cls(
            name=name,
            type_=type_,
            value=value,
            used_steps=used_steps,
        )

        list_workflows_response_200_items_item_data_item.additional_properties = d
        return list_workflows_response_200_items_item_data_item

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
