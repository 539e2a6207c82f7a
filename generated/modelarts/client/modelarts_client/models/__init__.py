"""Contains all the data models used in inputs/outputs"""

from .api_auth_info import ApiAuthInfo
from .apig_app_detail_info import ApigAppDetailInfo
from .apig_app_detail_info_app_type import ApigAppDetailInfoAppType
from .auth_type_api_basic_info import AuthTypeApiBasicInfo
from .auth_type_api_basic_info_api_method import AuthTypeApiBasicInfoApiMethod
from .auth_type_api_basic_info_auth_type import AuthTypeApiBasicInfoAuthType
from .cluster import Cluster
from .cluster_node import ClusterNode
from .cluster_period_type import ClusterPeriodType
from .cluster_status import ClusterStatus
from .create_notebooks_tags_create_request import CreateNotebooksTagsCreateRequest
from .create_notebooks_tags_create_request_body_tags_item import CreateNotebooksTagsCreateRequestBodyTagsItem
from .create_services_request import CreateServicesRequest
from .create_services_request_body_config_item import CreateServicesRequestBodyConfigItem
from .create_services_request_body_config_item_custom_spec import CreateServicesRequestBodyConfigItemCustomSpec
from .create_services_request_body_config_item_envs import CreateServicesRequestBodyConfigItemEnvs
from .create_services_request_body_config_item_mapping_rule import CreateServicesRequestBodyConfigItemMappingRule
from .create_services_request_body_config_item_mapping_rule_properties import (
    CreateServicesRequestBodyConfigItemMappingRuleProperties,
)
from .create_services_request_body_config_item_mapping_rule_properties_data import (
    CreateServicesRequestBodyConfigItemMappingRulePropertiesData,
)
from .create_services_request_body_config_item_mapping_rule_properties_data_properties import (
    CreateServicesRequestBodyConfigItemMappingRulePropertiesDataProperties,
)
from .create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data import (
    CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqData,
)
from .create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item import (
    CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItem,
)
from .create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties import (
    CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemProperties,
)
from .create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties_input_1 import (
    CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput1,
)
from .create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties_input_2 import (
    CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput2,
)
from .create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties_input_3 import (
    CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput3,
)
from .create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties_input_4 import (
    CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput4,
)
from .create_services_request_body_config_item_mapping_rule_properties_data_properties_req_data_items_item_properties_input_5 import (
    CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput5,
)
from .create_services_request_body_schedule_item import CreateServicesRequestBodyScheduleItem
from .create_workflows_service_auth_request import CreateWorkflowsServiceAuthRequest
from .error import Error
from .list_app_auth_apps_auth_apis_order import ListAppAuthAppsAuthApisOrder
from .list_app_auth_apps_auth_apis_response import ListAppAuthAppsAuthApisResponse
from .list_app_auth_apps_auth_apis_sort_by import ListAppAuthAppsAuthApisSortBy
from .list_app_auth_apps_order import ListAppAuthAppsOrder
from .list_app_auth_apps_response import ListAppAuthAppsResponse
from .list_app_auth_apps_sort_by import ListAppAuthAppsSortBy
from .list_clusters_order import ListClustersOrder
from .list_clusters_response import ListClustersResponse
from .list_clusters_sort_by import ListClustersSortBy
from .list_pools_nodes_response import ListPoolsNodesResponse
from .list_pools_nodes_response_api_version import ListPoolsNodesResponseApiVersion
from .list_services_app_auth_apis_api_auths_order import ListServicesAppAuthApisApiAuthsOrder
from .list_services_app_auth_apis_api_auths_response import ListServicesAppAuthApisApiAuthsResponse
from .list_services_app_auth_apis_api_auths_show_only import ListServicesAppAuthApisApiAuthsShowOnly
from .list_services_app_auth_apis_api_auths_sort_by import ListServicesAppAuthApisApiAuthsSortBy
from .list_workflows_response import ListWorkflowsResponse
from .list_workflows_response_200_items_item import ListWorkflowsResponse200ItemsItem
from .list_workflows_response_200_items_item_data_item import ListWorkflowsResponse200ItemsItemDataItem
from .list_workflows_response_200_items_item_data_item_value import ListWorkflowsResponse200ItemsItemDataItemValue
from .list_workflows_response_200_items_item_latest_execution import ListWorkflowsResponse200ItemsItemLatestExecution
from .list_workflows_response_200_items_item_parameters_item import ListWorkflowsResponse200ItemsItemParametersItem
from .list_workflows_response_200_items_item_policy import ListWorkflowsResponse200ItemsItemPolicy
from .list_workflows_response_200_items_item_sub_graphs_item import ListWorkflowsResponse200ItemsItemSubGraphsItem
from .list_workflows_search_type import ListWorkflowsSearchType
from .metadata import Metadata
from .node import Node
from .node_api_version import NodeApiVersion
from .node_list_metadata import NodeListMetadata
from .node_resource import NodeResource
from .node_spec import NodeSpec
from .node_status import NodeStatus
from .node_status_phase import NodeStatusPhase
from .update_workflows_schedules_request import UpdateWorkflowsSchedulesRequest
from .update_workflows_schedules_request_body_content import UpdateWorkflowsSchedulesRequestBodyContent
from .update_workflows_schedules_response import UpdateWorkflowsSchedulesResponse
from .update_workflows_schedules_response_200_content import UpdateWorkflowsSchedulesResponse200Content
from .update_workflows_schedules_response_200_policies import UpdateWorkflowsSchedulesResponse200Policies
from .workflow_consume import WorkflowConsume
from .workflow_todo import WorkflowTodo
from .workflow_todo_list_response import WorkflowTodoListResponse
from .yaml_template import YamlTemplate
from .yaml_template_list_response import YamlTemplateListResponse

__all__ = (
    "ApiAuthInfo",
    "ApigAppDetailInfo",
    "ApigAppDetailInfoAppType",
    "AuthTypeApiBasicInfo",
    "AuthTypeApiBasicInfoApiMethod",
    "AuthTypeApiBasicInfoAuthType",
    "Cluster",
    "ClusterNode",
    "ClusterPeriodType",
    "ClusterStatus",
    "CreateNotebooksTagsCreateRequest",
    "CreateNotebooksTagsCreateRequestBodyTagsItem",
    "CreateServicesRequest",
    "CreateServicesRequestBodyConfigItem",
    "CreateServicesRequestBodyConfigItemCustomSpec",
    "CreateServicesRequestBodyConfigItemEnvs",
    "CreateServicesRequestBodyConfigItemMappingRule",
    "CreateServicesRequestBodyConfigItemMappingRuleProperties",
    "CreateServicesRequestBodyConfigItemMappingRulePropertiesData",
    "CreateServicesRequestBodyConfigItemMappingRulePropertiesDataProperties",
    "CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqData",
    "CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItem",
    "CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemProperties",
    "CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput1",
    "CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput2",
    "CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput3",
    "CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput4",
    "CreateServicesRequestBodyConfigItemMappingRulePropertiesDataPropertiesReqDataItemsItemPropertiesInput5",
    "CreateServicesRequestBodyScheduleItem",
    "CreateWorkflowsServiceAuthRequest",
    "Error",
    "ListAppAuthAppsAuthApisOrder",
    "ListAppAuthAppsAuthApisResponse",
    "ListAppAuthAppsAuthApisSortBy",
    "ListAppAuthAppsOrder",
    "ListAppAuthAppsResponse",
    "ListAppAuthAppsSortBy",
    "ListClustersOrder",
    "ListClustersResponse",
    "ListClustersSortBy",
    "ListPoolsNodesResponse",
    "ListPoolsNodesResponseApiVersion",
    "ListServicesAppAuthApisApiAuthsOrder",
    "ListServicesAppAuthApisApiAuthsResponse",
    "ListServicesAppAuthApisApiAuthsShowOnly",
    "ListServicesAppAuthApisApiAuthsSortBy",
    "ListWorkflowsResponse",
    "ListWorkflowsResponse200ItemsItem",
    "ListWorkflowsResponse200ItemsItemDataItem",
    "ListWorkflowsResponse200ItemsItemDataItemValue",
    "ListWorkflowsResponse200ItemsItemLatestExecution",
    "ListWorkflowsResponse200ItemsItemParametersItem",
    "ListWorkflowsResponse200ItemsItemPolicy",
    "ListWorkflowsResponse200ItemsItemSubGraphsItem",
    "ListWorkflowsSearchType",
    "Metadata",
    "Node",
    "NodeApiVersion",
    "NodeListMetadata",
    "NodeResource",
    "NodeSpec",
    "NodeStatus",
    "NodeStatusPhase",
    "UpdateWorkflowsSchedulesRequest",
    "UpdateWorkflowsSchedulesRequestBodyContent",
    "UpdateWorkflowsSchedulesResponse",
    "UpdateWorkflowsSchedulesResponse200Content",
    "UpdateWorkflowsSchedulesResponse200Policies",
    "WorkflowConsume",
    "WorkflowTodo",
    "WorkflowTodoListResponse",
    "YamlTemplate",
    "YamlTemplateListResponse",
)
