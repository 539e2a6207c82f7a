from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowTodo")


@_attrs_define
class WorkflowTodo:
    """
    Attributes:
        time (str | Unset): 时间
        duration (int | Unset): 运行时长
        workflow_id (str | Unset): 工作流ID
        workflow_name (str | Unset): 工作流名称。填写1-64位,仅包含英文、数字、下划线(_)和中划线(-),并且以英文开头的名称。
        execution_id (str | Unset): 工作流执行ID
        step_name (str | Unset): 节点名称
        step_title (str | Unset): 节点的Title
        status (str | Unset): 状态
    """

    time: str | Unset = UNSET
    duration: int | Unset = UNSET
    workflow_id: str | Unset = UNSET
    workflow_name: str | Unset = UNSET
    execution_id: str | Unset = UNSET
    step_name: str | Unset = UNSET
    step_title: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        duration = self.duration

        workflow_id = self.workflow_id

        workflow_name = self.workflow_name

        execution_id = self.execution_id

        step_name = self.step_name

        step_title = self.step_title

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time is not UNSET:
            field_dict["time"] = time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if workflow_name is not UNSET:
            field_dict["workflow_name"] = workflow_name
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if step_name is not UNSET:
            field_dict["step_name"] = step_name
        if step_title is not UNSET:
            field_dict["step_title"] = step_title
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        time = d.pop("time", UNSET)

        duration = d.pop("duration", UNSET)

        workflow_id = d.pop("workflow_id", UNSET)

        workflow_name = d.pop("workflow_name", UNSET)

        execution_id = d.pop("execution_id", UNSET)

        step_name = d.pop("step_name", UNSET)

        step_title = d.pop("step_title", UNSET)

        status = d.pop("status", UNSET)

        workflow_todo = cls(
            time=time,
            duration=duration,
            workflow_id=workflow_id,
            workflow_name=workflow_name,
            execution_id=execution_id,
            step_name=step_name,
            step_title=step_title,
            status=status,
        )

        workflow_todo.additional_properties = d
        return workflow_todo

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
