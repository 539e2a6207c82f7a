from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWorkflowsSchedulesResponse200Policies")


@_attrs_define
class UpdateWorkflowsSchedulesResponse200Policies:
    """inferred from examples

    Attributes:
        on_failure (str | Unset):
        on_running (str | Unset):
    """

    on_failure: str | Unset = UNSET
    on_running: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on_failure = self.on_failure

        on_running = self.on_running

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if on_failure is not UNSET:
            field_dict["on_failure"] = on_failure
        if on_running is not UNSET:
            field_dict["on_running"] = on_running

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        on_failure = d.pop("on_failure", UNSET)

        on_running = d.pop("on_running", UNSET)

        update_workflows_schedules_response_200_policies = cls(
            on_failure=on_failure,
            on_running=on_running,
        )

        update_workflows_schedules_response_200_policies.additional_properties = d
        return update_workflows_schedules_response_200_policies

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
