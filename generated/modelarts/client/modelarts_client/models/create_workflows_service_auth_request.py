from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_consume import WorkflowConsume


T = TypeVar("T", bound="CreateWorkflowsServiceAuthRequest")


@_attrs_define
class CreateWorkflowsServiceAuthRequest:
    """
    Attributes:
        main_service_id (str | Unset): 在线服务ID
        content_id (str | Unset): Gallery资产ID
        consume (WorkflowConsume | Unset):
    """

    main_service_id: str | Unset = UNSET
    content_id: str | Unset = UNSET
    consume: WorkflowConsume | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        main_service_id = self.main_service_id

        content_id = self.content_id

        consume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consume, Unset):
            consume = self.consume.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if main_service_id is not UNSET:
            field_dict["main_service_id"] = main_service_id
        if content_id is not UNSET:
            field_dict["content_id"] = content_id
        if consume is not UNSET:
            field_dict["consume"] = consume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_consume import WorkflowConsume  # noqa: PLC0415

        d = dict(src_dict)
        main_service_id = d.pop("main_service_id", UNSET)

        content_id = d.pop("content_id", UNSET)

        _consume = d.pop("consume", UNSET)
        consume: WorkflowConsume | Unset
        if isinstance(_consume, Unset):
            consume = UNSET
        else:
            consume = WorkflowConsume.from_dict(_consume)

        create_workflows_service_auth_request = cls(
            main_service_id=main_service_id,
            content_id=content_id,
            consume=consume,
        )

        create_workflows_service_auth_request.additional_properties = d
        return create_workflows_service_auth_request

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
