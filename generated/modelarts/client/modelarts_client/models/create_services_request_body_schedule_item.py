from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateServicesRequestBodyScheduleItem")


@_attrs_define
class CreateServicesRequestBodyScheduleItem:
    """inferred from examples

    Attributes:
        type_ (str | Unset):
        time_unit (str | Unset):
        duration (int | Unset):
    """

    type_: str | Unset = UNSET
    time_unit: str | Unset = UNSET
    duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        time_unit = self.time_unit

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if time_unit is not UNSET:
            field_dict["time_unit"] = time_unit
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        time_unit = d.pop("time_unit", UNSET)

        duration = d.pop("duration", UNSET)

        create_services_request_body_schedule_item = cls(
            type_=type_,
            time_unit=time_unit,
            duration=duration,
        )

        create_services_request_body_schedule_item.additional_properties = d
        return create_services_request_body_schedule_item

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
