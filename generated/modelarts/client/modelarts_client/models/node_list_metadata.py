from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeListMetadata")


@_attrs_define
class NodeListMetadata:
    """
    Attributes:
        continue_ (str | Unset): 分页查询时,下一次查询位置。
        remaining_item_count (int | Unset): 剩余资源个数。
    """

    continue_: str | Unset = UNSET
    remaining_item_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        continue_ = self.continue_

        remaining_item_count = self.remaining_item_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if continue_ is not UNSET:
            field_dict["continue"] = continue_
        if remaining_item_count is not UNSET:
            field_dict["remainingItemCount"] = remaining_item_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        continue_ = d.pop("continue", UNSET)

        remaining_item_count = d.pop("remainingItemCount", UNSET)

        node_list_metadata = cls(
            continue_=continue_,
            remaining_item_count=remaining_item_count,
        )

        node_list_metadata.additional_properties = d
        return node_list_metadata

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
