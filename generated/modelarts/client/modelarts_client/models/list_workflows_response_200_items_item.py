from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_workflows_response_200_items_item_data_item import ListWorkflowsResponse200ItemsItemDataItem
    from ..models.list_workflows_response_200_items_item_latest_execution import (
        ListWorkflowsResponse200ItemsItemLatestExecution,
    )
    from ..models.list_workflows_response_200_items_item_parameters_item import (
        ListWorkflowsResponse200ItemsItemParametersItem,
    )
    from ..models.list_workflows_response_200_items_item_policy import ListWorkflowsResponse200ItemsItemPolicy
    from ..models.list_workflows_response_200_items_item_sub_graphs_item import (
        ListWorkflowsResponse200ItemsItemSubGraphsItem,
    )


T = TypeVar("T", bound="ListWorkflowsResponse200ItemsItem")


@_attrs_define
class ListWorkflowsResponse200ItemsItem:
    """inferred from examples

    Attributes:
        created_at (str | Unset):
        workflow_id (str | Unset):
        name (str | Unset):
        description (str | Unset):
        user_name (str | Unset):
        workspace_id (str | Unset):
        labels (list[str] | Unset):
        data (list[ListWorkflowsResponse200ItemsItemDataItem] | Unset):
        parameters (list[ListWorkflowsResponse200ItemsItemParametersItem] | Unset):
        sub_graphs (list[ListWorkflowsResponse200ItemsItemSubGraphsItem] | Unset):
        policy (ListWorkflowsResponse200ItemsItemPolicy | Unset):
        last_modified_at (str | Unset):
        source_workflow_id (str | Unset):
        latest_execution (ListWorkflowsResponse200ItemsItemLatestExecution | Unset): inferred from examples
        run_count (int | Unset):
        param_ready (bool | Unset):
    """

    created_at: str | Unset = UNSET
    workflow_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    user_name: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    labels: list[str] | Unset = UNSET
    data: list[ListWorkflowsResponse200ItemsItemDataItem] | Unset = UNSET
    parameters: list[ListWorkflowsResponse200ItemsItemParametersItem] | Unset = UNSET
    sub_graphs: list[ListWorkflowsResponse200ItemsItemSubGraphsItem] | Unset = UNSET
    policy: ListWorkflowsResponse200ItemsItemPolicy | Unset = UNSET
    last_modified_at: str | Unset = UNSET
    source_workflow_id: str | Unset = UNSET
    latest_execution: ListWorkflowsResponse200ItemsItemLatestExecution | Unset = UNSET
    run_count: int | Unset = UNSET
    param_ready: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        workflow_id = self.workflow_id

        name = self.name

        description = self.description

        user_name = self.user_name

        workspace_id = self.workspace_id

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

        sub_graphs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_graphs, Unset):
            sub_graphs = []
            for sub_graphs_item_data in self.sub_graphs:
                sub_graphs_item = sub_graphs_item_data.to_dict()
                sub_graphs.append(sub_graphs_item)

        policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policy, Unset):
            policy = self.policy.to_dict()

        last_modified_at = self.last_modified_at

        source_workflow_id = self.source_workflow_id

        latest_execution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latest_execution, Unset):
            latest_execution = self.latest_execution.to_dict()

        run_count = self.run_count

        param_ready = self.param_ready

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if labels is not UNSET:
            field_dict["labels"] = labels
        if data is not UNSET:
            field_dict["data"] = data
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if sub_graphs is not UNSET:
            field_dict["sub_graphs"] = sub_graphs
        if policy is not UNSET:
            field_dict["policy"] = policy
        if last_modified_at is not UNSET:
            field_dict["last_modified_at"] = last_modified_at
        if source_workflow_id is not UNSET:
            field_dict["source_workflow_id"] = source_workflow_id
        if latest_execution is not UNSET:
            field_dict["latest_execution"] = latest_execution
        if run_count is not UNSET:
            field_dict["run_count"] = run_count
        if param_ready is not UNSET:
            field_dict["param_ready"] = param_ready

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_workflows_response_200_items_item_data_item import ListWorkflowsResponse200ItemsItemDataItem  # noqa: PLC0415
        from ..models.list_workflows_response_200_items_item_latest_execution import (
            ListWorkflowsResponse200ItemsItemLatestExecution,  # noqa: PLC0415
        )
        from ..models.list_workflows_response_200_items_item_parameters_item import (
            ListWorkflowsResponse200ItemsItemParametersItem,  # noqa: PLC0415
        )
        from ..models.list_workflows_response_200_items_item_policy import ListWorkflowsResponse200ItemsItemPolicy  # noqa: PLC0415
        from ..models.list_workflows_response_200_items_item_sub_graphs_item import (
            ListWorkflowsResponse200ItemsItemSubGraphsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        workflow_id = d.pop("workflow_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        user_name = d.pop("user_name", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        labels = cast(list[str], d.pop("labels", UNSET))

        _data = d.pop("data", UNSET)
        data: list[ListWorkflowsResponse200ItemsItemDataItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = ListWorkflowsResponse200ItemsItemDataItem.from_dict(data_item_data)

                data.append(data_item)

        _parameters = d.pop("parameters", UNSET)
        parameters: list[ListWorkflowsResponse200ItemsItemParametersItem] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = ListWorkflowsResponse200ItemsItemParametersItem.from_dict(parameters_item_data)

                parameters.append(parameters_item)

        _sub_graphs = d.pop("sub_graphs", UNSET)
        sub_graphs: list[ListWorkflowsResponse200ItemsItemSubGraphsItem] | Unset = UNSET
        if _sub_graphs is not UNSET:
            sub_graphs = []
            for sub_graphs_item_data in _sub_graphs:
                sub_graphs_item = ListWorkflowsResponse200ItemsItemSubGraphsItem.from_dict(sub_graphs_item_data)

                sub_graphs.append(sub_graphs_item)

        _policy = d.pop("policy", UNSET)
        policy: ListWorkflowsResponse200ItemsItemPolicy | Unset
        if isinstance(_policy, Unset):
            policy = UNSET
        else:
            policy = ListWorkflowsResponse200ItemsItemPolicy.from_dict(_policy)

        last_modified_at = d.pop("last_modified_at", UNSET)

        source_workflow_id = d.pop("source_workflow_id", UNSET)

        _latest_execution = d.pop("latest_execution", UNSET)
        latest_execution: ListWorkflowsResponse200ItemsItemLatestExecution | Unset
        if isinstance(_latest_execution, Unset):
            latest_execution = UNSET
        else:
            latest_execution = ListWorkflowsResponse200ItemsItemLatestExecution.from_dict(_latest_execution)

        run_count = d.pop("run_count", UNSET)

        param_ready = d.pop("param_ready", UNSET)

        list_workflows_response_200_items_item = cls(
            created_at=created_at,
            workflow_id=workflow_id,
            name=name,
            description=description,
            user_name=user_name,
            workspace_id=workspace_id,
            labels=labels,
            data=data,
            parameters=parameters,
            sub_graphs=sub_graphs,
            policy=policy,
            last_modified_at=last_modified_at,
            source_workflow_id=source_workflow_id,
            latest_execution=latest_execution,
            run_count=run_count,
            param_ready=param_ready,
        )

        list_workflows_response_200_items_item.additional_properties = d
        return list_workflows_response_200_items_item

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
