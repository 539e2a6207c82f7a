from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListWorkflowsResponse200ItemsItemLatestExecution")


@_attrs_define
class ListWorkflowsResponse200ItemsItemLatestExecution:
    """inferred from examples

    Attributes:
        execution_id (str | Unset):
        created_at (str | Unset):
        status (str | Unset):
        duration (int | Unset):
    """

    execution_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    status: str | Unset = UNSET
    duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_id = self.execution_id

        created_at = self.created_at

        status = self.status

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if status is not UNSET:
            field_dict["status"] = status
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        execution_id = d.pop("execution_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        status = d.pop("status", UNSET)

        duration = d.pop("duration", UNSET)

        list_workflows_response_200_items_item_latest_execution = cls(
            execution_id=execution_id,
            created_at=created_at,
            status=status,
            duration=duration,
        )

        list_workflows_response_200_items_item_latest_execution.additional_properties = d
        return list_workflows_response_200_items_item_latest_execution

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
