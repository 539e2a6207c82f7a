from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_workflows_schedules_response_200_content import UpdateWorkflowsSchedulesResponse200Content
    from ..models.update_workflows_schedules_response_200_policies import UpdateWorkflowsSchedulesResponse200Policies


T = TypeVar("T", bound="UpdateWorkflowsSchedulesResponse")


@_attrs_define
class UpdateWorkflowsSchedulesResponse:
    """inferred from examples

    Attributes:
        created_at (str | Unset):
        uuid (str | Unset):
        type_ (str | Unset):
        content (UpdateWorkflowsSchedulesResponse200Content | Unset): inferred from examples
        action (str | Unset):
        policies (UpdateWorkflowsSchedulesResponse200Policies | Unset): inferred from examples
        workflow_id (str | Unset):
        user_id (str | Unset):
        enable (bool | Unset):
    """

    created_at: str | Unset = UNSET
    uuid: str | Unset = UNSET
    type_: str | Unset = UNSET
    content: UpdateWorkflowsSchedulesResponse200Content | Unset = UNSET
    action: str | Unset = UNSET
    policies: UpdateWorkflowsSchedulesResponse200Policies | Unset = UNSET
    workflow_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    enable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        uuid = self.uuid

        type_ = self.type_

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        action = self.action

        policies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policies, Unset):
            policies = self.policies.to_dict()

        workflow_id = self.workflow_id

        user_id = self.user_id

        enable = self.enable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if type_ is not UNSET:
            field_dict["type"] = type_
        if content is not UNSET:
            field_dict["content"] = content
        if action is not UNSET:
            field_dict["action"] = action
        if policies is not UNSET:
            field_dict["policies"] = policies
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if enable is not UNSET:
            field_dict["enable"] = enable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_workflows_schedules_response_200_content import UpdateWorkflowsSchedulesResponse200Content  # noqa: PLC0415
        from ..models.update_workflows_schedules_response_200_policies import (
            UpdateWorkflowsSchedulesResponse200Policies,  # noqa: PLC0415
        )

        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        uuid = d.pop("uuid", UNSET)

        type_ = d.pop("type", UNSET)

        _content = d.pop("content", UNSET)
        content: UpdateWorkflowsSchedulesResponse200Content | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = UpdateWorkflowsSchedulesResponse200Content.from_dict(_content)

        action = d.pop("action", UNSET)

        _policies = d.pop("policies", UNSET)
        policies: UpdateWorkflowsSchedulesResponse200Policies | Unset
        if isinstance(_policies, Unset):
            policies = UNSET
        else:
            policies = UpdateWorkflowsSchedulesResponse200Policies.from_dict(_policies)

        workflow_id = d.pop("workflow_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        enable = d.pop("enable", UNSET)

        update_workflows_schedules_response = cls(
            created_at=created_at,
            uuid=uuid,
            type_=type_,
            content=content,
            action=action,
            policies=policies,
            workflow_id=workflow_id,
            user_id=user_id,
            enable=enable,
        )

        update_workflows_schedules_response.additional_properties = d
        return update_workflows_schedules_response

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
