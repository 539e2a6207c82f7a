from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeResource")


@_attrs_define
class NodeResource:
    """
    Attributes:
        cpu (str | Unset): CPU资源量。
        memory (str | Unset): 内存资源量。
        nvidia_com_gpu (str | Unset): GPU节点的GPU资源量。
        huawei_com_ascend_snt3 (str | Unset): 昇腾节点的NPU资源量。
        huawei_com_ascend_snt9 (str | Unset): 昇腾节点的NPU资源量。
    """

    cpu: str | Unset = UNSET
    memory: str | Unset = UNSET
    nvidia_com_gpu: str | Unset = UNSET
    huawei_com_ascend_snt3: str | Unset = UNSET
    huawei_com_ascend_snt9: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu = self.cpu

        memory = self.memory

        nvidia_com_gpu = self.nvidia_com_gpu

        huawei_com_ascend_snt3 = self.huawei_com_ascend_snt3

        huawei_com_ascend_snt9 = self.huawei_com_ascend_snt9

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if nvidia_com_gpu is not UNSET:
            field_dict["nvidia.com/gpu"] = nvidia_com_gpu
        if huawei_com_ascend_snt3 is not UNSET:
            field_dict["huawei.com/ascend-snt3"] = huawei_com_ascend_snt3
        if huawei_com_ascend_snt9 is not UNSET:
            field_dict["huawei.com/ascend-snt9"] = huawei_com_ascend_snt9

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpu = d.pop("cpu", UNSET)

        memory = d.pop("memory", UNSET)

        nvidia_com_gpu = d.pop("nvidia.com/gpu", UNSET)

        huawei_com_ascend_snt3 = d.pop("huawei.com/ascend-snt3", UNSET)

        huawei_com_ascend_snt9 = d.pop("huawei.com/ascend-snt9", UNSET)

        node_resource = cls(
            cpu=cpu,
            memory=memory,
            nvidia_com_gpu=nvidia_com_gpu,
            huawei_com_ascend_snt3=huawei_com_ascend_snt3,
            huawei_com_ascend_snt9=huawei_com_ascend_snt9,
        )

        node_resource.additional_properties = d
        return node_resource

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
