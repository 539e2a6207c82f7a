from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_period_type import ClusterPeriodType
from ..models.cluster_status import ClusterStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_node import ClusterNode


T = TypeVar("T", bound="Cluster")


@_attrs_define
class Cluster:
    """
    Attributes:
        owner (str | Unset): 集群归属用户。
        cluster_name (str | Unset): 集群名称。
        period_num (int | Unset): 对应订购周期的个数,仅当集群为包周期类型时返回。
        created_at (int | Unset): 集群创建时间,距“1970.1.1 0:0:0 UTC”的毫秒数。
        description (str | Unset): 集群备注。
        project (str | Unset): 集群归属项目。
        allocatable_memory (int | Unset): 可使用的内存数。
        cluster_id (str | Unset): 集群ID。
        nodes (ClusterNode | Unset):
        allocatable_cpu_cores (float | Unset): 可使用的CPU核数。
        product_id (str | Unset): 产品ID,仅当集群为包周期类型时返回。
        allocatable_gpus (float | Unset): 可使用的GPU核数。
        order_id (str | Unset): 购买产品的订单ID,仅当集群为包周期类型时返回。
        period_type (ClusterPeriodType | Unset): 订购周期类型,取值year或month,仅当集群为包周期类型时返回。
        tenant (str | Unset): 集群归属租户。
        status (ClusterStatus | Unset): 集群状态,取值为: deploying:部署中 running:运行中 concerning:告警 abnormal:异常
    """

    owner: str | Unset = UNSET
    cluster_name: str | Unset = UNSET
    period_num: int | Unset = UNSET
    created_at: int | Unset = UNSET
    description: str | Unset = UNSET
    project: str | Unset = UNSET
    allocatable_memory: int | Unset = UNSET
    cluster_id: str | Unset = UNSET
    nodes: ClusterNode | Unset = UNSET
    allocatable_cpu_cores: float | Unset = UNSET
    product_id: str | Unset = UNSET
    allocatable_gpus: float | Unset = UNSET
    order_id: str | Unset = UNSET
    period_type: ClusterPeriodType | Unset = UNSET
    tenant: str | Unset = UNSET
    status: ClusterStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner = self.owner

        cluster_name = self.cluster_name

        period_num = self.period_num

        created_at = self.created_at

        description = self.description

        project = self.project

        allocatable_memory = self.allocatable_memory

        cluster_id = self.cluster_id

        nodes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = self.nodes.to_dict()

        allocatable_cpu_cores = self.allocatable_cpu_cores

        product_id = self.product_id

        allocatable_gpus = self.allocatable_gpus

        order_id = self.order_id

        period_type: str | Unset = UNSET
        if not isinstance(self.period_type, Unset):
            period_type = self.period_type.value

        tenant = self.tenant

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if owner is not UNSET:
            field_dict["owner"] = owner
        if cluster_name is not UNSET:
            field_dict["cluster_name"] = cluster_name
        if period_num is not UNSET:
            field_dict["period_num"] = period_num
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if project is not UNSET:
            field_dict["project"] = project
        if allocatable_memory is not UNSET:
            field_dict["allocatable_memory"] = allocatable_memory
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if allocatable_cpu_cores is not UNSET:
            field_dict["allocatable_cpu_cores"] = allocatable_cpu_cores
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if allocatable_gpus is not UNSET:
            field_dict["allocatable_gpus"] = allocatable_gpus
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if period_type is not UNSET:
            field_dict["period_type"] = period_type
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_node import ClusterNode  # noqa: PLC0415

        d = dict(src_dict)
        owner = d.pop("owner", UNSET)

        cluster_name = d.pop("cluster_name", UNSET)

        period_num = d.pop("period_num", UNSET)

        created_at = d.pop("created_at", UNSET)

        description = d.pop("description", UNSET)

        project = d.pop("project", UNSET)

        allocatable_memory = d.pop("allocatable_memory", UNSET)

        cluster_id = d.pop("cluster_id", UNSET)

        _nodes = d.pop("nodes", UNSET)
        nodes: ClusterNode | Unset
        if isinstance(_nodes, Unset):
            nodes = UNSET
        else:
            nodes = ClusterNode.from_dict(_nodes)

        allocatable_cpu_cores = d.pop("allocatable_cpu_cores", UNSET)

        product_id = d.pop("product_id", UNSET)

        allocatable_gpus = d.pop("allocatable_gpus", UNSET)

        order_id = d.pop("order_id", UNSET)

        _period_type = d.pop("period_type", UNSET)
        period_type: ClusterPeriodType | Unset
        if isinstance(_period_type, Unset):
            period_type = UNSET
        else:
            period_type = ClusterPeriodType(_period_type)

        tenant = d.pop("tenant", UNSET)

        _status = d.pop("status", UNSET)
        status: ClusterStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ClusterStatus(_status)

        cluster = cls(
            owner=owner,
            cluster_name=cluster_name,
            period_num=period_num,
            created_at=created_at,
            description=description,
            project=project,
            allocatable_memory=allocatable_memory,
            cluster_id=cluster_id,
            nodes=nodes,
            allocatable_cpu_cores=allocatable_cpu_cores,
            product_id=product_id,
            allocatable_gpus=allocatable_gpus,
            order_id=order_id,
            period_type=period_type,
            tenant=tenant,
            status=status,
        )

        cluster.additional_properties = d
        return cluster

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
