from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_pools_nodes_response_api_version import ListPoolsNodesResponseApiVersion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node import Node
    from ..models.node_list_metadata import NodeListMetadata


T = TypeVar("T", bound="ListPoolsNodesResponse")


@_attrs_define
class ListPoolsNodesResponse:
    """
    Attributes:
        api_version (ListPoolsNodesResponseApiVersion | Unset): API版本。可选值如下: v2
        kind (str | Unset): 资源类型。可选值如下: NodeList:节点列表
        metadata (NodeListMetadata | Unset):
        items (list[Node] | Unset): 节点列表。
    """

    api_version: ListPoolsNodesResponseApiVersion | Unset = UNSET
    kind: str | Unset = UNSET
    metadata: NodeListMetadata | Unset = UNSET
    items: list[Node] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version: str | Unset = UNSET
        if not isinstance(self.api_version, Unset):
            api_version = self.api_version.value

        kind = self.kind

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if kind is not UNSET:
            field_dict["kind"] = kind
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node import Node  # noqa: PLC0415
        from ..models.node_list_metadata import NodeListMetadata  # noqa: PLC0415

        d = dict(src_dict)
        _api_version = d.pop("apiVersion", UNSET)
        api_version: ListPoolsNodesResponseApiVersion | Unset
        if isinstance(_api_version, Unset):
            api_version = UNSET
        else:
            api_version = ListPoolsNodesResponseApiVersion(_api_version)

        kind = d.pop("kind", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: NodeListMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = NodeListMetadata.from_dict(_metadata)

        _items = d.pop("items", UNSET)
        items: list[Node] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = Node.from_dict(items_item_data)

                items.append(items_item)

        list_pools_nodes_response = cls(
            api_version=api_version,
            kind=kind,
            metadata=metadata,
            items=items,
        )

        list_pools_nodes_response.additional_properties = d
        return list_pools_nodes_response

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
