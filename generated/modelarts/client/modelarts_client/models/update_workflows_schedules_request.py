from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_workflows_schedules_request_body_content import UpdateWorkflowsSchedulesRequestBodyContent


T = TypeVar("T", bound="UpdateWorkflowsSchedulesRequest")


@_attrs_define
class UpdateWorkflowsSchedulesRequest:
    """inferred from examples

    Attributes:
        content (UpdateWorkflowsSchedulesRequestBodyContent | Unset): inferred from examples
        enable (bool | Unset):
    """

    content: UpdateWorkflowsSchedulesRequestBodyContent | Unset = UNSET
    enable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        enable = self.enable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if enable is not UNSET:
            field_dict["enable"] = enable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_workflows_schedules_request_body_content import UpdateWorkflowsSchedulesRequestBodyContent  # noqa: PLC0415

        d = dict(src_dict)
        _content = d.pop("content", UNSET)
        content: UpdateWorkflowsSchedulesRequestBodyContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = UpdateWorkflowsSchedulesRequestBodyContent.from_dict(_content)

        enable = d.pop("enable", UNSET)

        update_workflows_schedules_request = cls(
            content=content,
            enable=enable,
        )

        update_workflows_schedules_request.additional_properties = d
        return update_workflows_schedules_request

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
