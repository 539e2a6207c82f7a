from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_status_phase import NodeStatusPhase
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_resource import NodeResource


T = TypeVar("T", bound="NodeStatus")


@_attrs_define
class NodeStatus:
    """
    Attributes:
        phase (NodeStatusPhase | Unset): 节点当前状态。可选值如下: Available:节点可用 Creating:节点创建中 Deleting:节点删除中 Abnormal:节点不正常
        az (str | Unset): 节点所在的可用区。
        private_ip (str | Unset): 节点的IP地址。
        resources (NodeResource | Unset):
        available_resources (NodeResource | Unset):
    """

    phase: NodeStatusPhase | Unset = UNSET
    az: str | Unset = UNSET
    private_ip: str | Unset = UNSET
    resources: NodeResource | Unset = UNSET
    available_resources: NodeResource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        az = self.az

        private_ip = self.private_ip

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        available_resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available_resources, Unset):
            available_resources = self.available_resources.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phase is not UNSET:
            field_dict["phase"] = phase
        if az is not UNSET:
            field_dict["az"] = az
        if private_ip is not UNSET:
            field_dict["privateIp"] = private_ip
        if resources is not UNSET:
            field_dict["resources"] = resources
        if available_resources is not UNSET:
            field_dict["availableResources"] = available_resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_resource import NodeResource  # noqa: PLC0415

        d = dict(src_dict)
        _phase = d.pop("phase", UNSET)
        phase: NodeStatusPhase | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = NodeStatusPhase(_phase)

        az = d.pop("az", UNSET)

        private_ip = d.pop("privateIp", UNSET)

        _resources = d.pop("resources", UNSET)
        resources: NodeResource | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = NodeResource.from_dict(_resources)

        _available_resources = d.pop("availableResources", UNSET)
        available_resources: NodeResource | Unset
        if isinstance(_available_resources, Unset):
            available_resources = UNSET
        else:
            available_resources = NodeResource.from_dict(_available_resources)

        node_status = cls(
            phase=phase,
            az=az,
            private_ip=private_ip,
            resources=resources,
            available_resources=available_resources,
        )

        node_status.additional_properties = d
        return node_status

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
