from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterNode")


@_attrs_define
class ClusterNode:
    """
    Attributes:
        available_count (int | Unset): 可用节点数。
        count (int | Unset): 节点数。
        specification (str | Unset): 节点规格。
    """

    available_count: int | Unset = UNSET
    count: int | Unset = UNSET
    specification: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_count = self.available_count

        count = self.count

        specification = self.specification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_count is not UNSET:
            field_dict["available_count"] = available_count
        if count is not UNSET:
            field_dict["count"] = count
        if specification is not UNSET:
            field_dict["specification"] = specification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available_count = d.pop("available_count", UNSET)

        count = d.pop("count", UNSET)

        specification = d.pop("specification", UNSET)

        cluster_node = cls(
            available_count=available_count,
            count=count,
            specification=specification,
        )

        cluster_node.additional_properties = d
        return cluster_node

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
