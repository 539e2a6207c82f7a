from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_services_request_body_config_item_custom_spec import (
        CreateServicesRequestBodyConfigItemCustomSpec,
    )
    from ..models.create_services_request_body_config_item_envs import CreateServicesRequestBodyConfigItemEnvs
    from ..models.create_services_request_body_config_item_mapping_rule import (
        CreateServicesRequestBodyConfigItemMappingRule,
    )


T = TypeVar("T", bound="CreateServicesRequestBodyConfigItem")


@_attrs_define
class CreateServicesRequestBodyConfigItem:
    """inferred from examples

    Attributes:
        specification (str | Unset):
        weight (int | str | Unset):
        model_id (str | Unset):
        instance_count (int | Unset):
        envs (CreateServicesRequestBodyConfigItemEnvs | Unset): inferred from examples
        cluster_id (str | Unset):
        custom_spec (CreateServicesRequestBodyConfigItemCustomSpec | Unset): inferred from examples
        src_path (str | Unset):
        dest_path (str | Unset):
        req_uri (str | Unset):
        mapping_type (str | Unset):
        mapping_rule (CreateServicesRequestBodyConfigItemMappingRule | Unset): inferred from examples
        nodes (list[str] | Unset):
    """

    specification: str | Unset = UNSET
    weight: int | str | Unset = UNSET
    model_id: str | Unset = UNSET
    instance_count: int | Unset = UNSET
    envs: CreateServicesRequestBodyConfigItemEnvs | Unset = UNSET
    cluster_id: str | Unset = UNSET
    custom_spec: CreateServicesRequestBodyConfigItemCustomSpec | Unset = UNSET
    src_path: str | Unset = UNSET
    dest_path: str | Unset = UNSET
    req_uri: str | Unset = UNSET
    mapping_type: str | Unset = UNSET
    mapping_rule: CreateServicesRequestBodyConfigItemMappingRule | Unset = UNSET
    nodes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        specification = self.specification

        weight: int | str | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        model_id = self.model_id

        instance_count = self.instance_count

        envs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.envs, Unset):
            envs = self.envs.to_dict()

        cluster_id = self.cluster_id

        custom_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_spec, Unset):
            custom_spec = self.custom_spec.to_dict()

        src_path = self.src_path

        dest_path = self.dest_path

        req_uri = self.req_uri

        mapping_type = self.mapping_type

        mapping_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mapping_rule, Unset):
            mapping_rule = self.mapping_rule.to_dict()

        nodes: list[str] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = self.nodes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if specification is not UNSET:
            field_dict["specification"] = specification
        if weight is not UNSET:
            field_dict["weight"] = weight
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if instance_count is not UNSET:
            field_dict["instance_count"] = instance_count
        if envs is not UNSET:
            field_dict["envs"] = envs
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if custom_spec is not UNSET:
            field_dict["custom_spec"] = custom_spec
        if src_path is not UNSET:
            field_dict["src_path"] = src_path
        if dest_path is not UNSET:
            field_dict["dest_path"] = dest_path
        if req_uri is not UNSET:
            field_dict["req_uri"] = req_uri
        if mapping_type is not UNSET:
            field_dict["mapping_type"] = mapping_type
        if mapping_rule is not UNSET:
            field_dict["mapping_rule"] = mapping_rule
        if nodes is not UNSET:
            field_dict["nodes"] = nodes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_services_request_body_config_item_custom_spec import (
            CreateServicesRequestBodyConfigItemCustomSpec,  # noqa: PLC0415
        )
        from ..models.create_services_request_body_config_item_envs import CreateServicesRequestBodyConfigItemEnvs  # noqa: PLC0415
        from ..models.create_services_request_body_config_item_mapping_rule import (
            CreateServicesRequestBodyConfigItemMappingRule,  # noqa: PLC0415
        )

        d = dict(src_dict)
        specification = d.pop("specification", UNSET)

        def _parse_weight(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        model_id = d.pop("model_id", UNSET)

        instance_count = d.pop("instance_count", UNSET)

        _envs = d.pop("envs", UNSET)
        envs: CreateServicesRequestBodyConfigItemEnvs | Unset
        if isinstance(_envs, Unset):
            envs = UNSET
        else:
            envs = CreateServicesRequestBodyConfigItemEnvs.from_dict(_envs)

        cluster_id = d.pop("cluster_id", UNSET)

        _custom_spec = d.pop("custom_spec", UNSET)
        custom_spec: CreateServicesRequestBodyConfigItemCustomSpec | Unset
        if isinstance(_custom_spec, Unset):
            custom_spec = UNSET
        else:
            custom_spec = CreateServicesRequestBodyConfigItemCustomSpec.from_dict(_custom_spec)

        src_path = d.pop("src_path", UNSET)

        dest_path = d.pop("dest_path", UNSET)

        req_uri = d.pop("req_uri", UNSET)

        mapping_type = d.pop("mapping_type", UNSET)

        _mapping_rule = d.pop("mapping_rule", UNSET)
        mapping_rule: CreateServicesRequestBodyConfigItemMappingRule | Unset
        if isinstance(_mapping_rule, Unset):
            mapping_rule = UNSET
        else:
            mapping_rule = CreateServicesRequestBodyConfigItemMappingRule.from_dict(_mapping_rule)

        nodes = cast(list[str], d.pop("nodes", UNSET))

        create_services_request_body_config_item = cls(
            specification=specification,
            weight=weight,
            model_id=model_id,
            instance_count=instance_count,
            envs=envs,
            cluster_id=cluster_id,
            custom_spec=custom_spec,
            src_path=src_path,
            dest_path=dest_path,
            req_uri=req_uri,
            mapping_type=mapping_type,
            mapping_rule=mapping_rule,
            nodes=nodes,
        )

        create_services_request_body_config_item.additional_properties = d
        return create_services_request_body_config_item

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
