from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListWorkflowsResponse200ItemsItemParametersItem")


@_attrs_define
class ListWorkflowsResponse200ItemsItemParametersItem:
    """inferred from examples

    Attributes:
        name (str | Unset):
        type_ (str | Unset):
        delay (bool | Unset):
        value (bool | Unset):
        used_steps (list[str] | Unset):
        format_ (str | Unset):
        description (str | Unset):
        default (str | Unset):
    """

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    delay: bool | Unset = UNSET
    value: bool | Unset = UNSET
    used_steps: list[str] | Unset = UNSET
    format_: str | Unset = UNSET
    description: str | Unset = UNSET
    default: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        delay = self.delay

        value = self.value

        used_steps: list[str] | Unset = UNSET
        if not isinstance(self.used_steps, Unset):
            used_steps = self.used_steps

        format_ = self.format_

        description = self.description

        default = self.default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if delay is not UNSET:
            field_dict["delay"] = delay
        if value is not UNSET:
            field_dict["value"] = value
        if used_steps is not UNSET:
            field_dict["used_steps"] = used_steps
        if format_ is not UNSET:
            field_dict["format"] = format_
        if description is not UNSET:
            field_dict["description"] = description
        if default is not UNSET:
            field_dict["default"] = default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        delay = d.pop("delay", UNSET)

        value = d.pop("value", UNSET)

        used_steps = cast(list[str], d.pop("used_steps", UNSET))

        format_ = d.pop("format", UNSET)

        description = d.pop("description", UNSET)

        default = d.pop("default", UNSET)

        list_workflows_response_200_items_item_parameters_item = cls(
            name=name,
            type_=type_,
            delay=delay,
            value=value,
            used_steps=used_steps,
            format_=format_,
            description=description,
            default=default,
        )

        list_workflows_response_200_items_item_parameters_item.additional_properties = d
        return list_workflows_response_200_items_item_parameters_item

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
