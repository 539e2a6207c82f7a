from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_services_request_body_config_item import CreateServicesRequestBodyConfigItem
    from ..models.create_services_request_body_schedule_item import CreateServicesRequestBodyScheduleItem


T = TypeVar("T", bound="CreateServicesRequest")


@_attrs_define
class CreateServicesRequest:
    """inferred from examples

    Attributes:
        infer_type (str | Unset):
        service_name (str | Unset):
        description (str | Unset):
        config (list[CreateServicesRequestBodyConfigItem] | Unset):
        cluster_id (str | Unset):
        schedule (list[CreateServicesRequestBodyScheduleItem] | Unset):
    """

    infer_type: str | Unset = UNSET
    service_name: str | Unset = UNSET
    description: str | Unset = UNSET
    config: list[CreateServicesRequestBodyConfigItem] | Unset = UNSET
    cluster_id: str | Unset = UNSET
    schedule: list[CreateServicesRequestBodyScheduleItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        infer_type = self.infer_type

        service_name = self.service_name

        description = self.description

        config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = []
            for config_item_data in self.config:
                config_item = config_item_data.to_dict()
                config.append(config_item)

        cluster_id = self.cluster_id

        schedule: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = []
            for schedule_item_data in self.schedule:
                schedule_item = schedule_item_data.to_dict()
                schedule.append(schedule_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if infer_type is not UNSET:
            field_dict["infer_type"] = infer_type
        if service_name is not UNSET:
            field_dict["service_name"] = service_name
        if description is not UNSET:
            field_dict["description"] = description
        if config is not UNSET:
            field_dict["config"] = config
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_services_request_body_config_item import CreateServicesRequestBodyConfigItem  # noqa: PLC0415
        from ..models.create_services_request_body_schedule_item import CreateServicesRequestBodyScheduleItem  # noqa: PLC0415

        d = dict(src_dict)
        infer_type = d.pop("infer_type", UNSET)

        service_name = d.pop("service_name", UNSET)

        description = d.pop("description", UNSET)

        _config = d.pop("config", UNSET)
        config: list[CreateServicesRequestBodyConfigItem] | Unset = UNSET
        if _config is not UNSET:
            config = []
            for config_item_data in _config:
                config_item = CreateServicesRequestBodyConfigItem.from_dict(config_item_data)

                config.append(config_item)

        cluster_id = d.pop("cluster_id", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: list[CreateServicesRequestBodyScheduleItem] | Unset = UNSET
        if _schedule is not UNSET:
            schedule = []
            for schedule_item_data in _schedule:
                schedule_item = CreateServicesRequestBodyScheduleItem.from_dict(schedule_item_data)

                schedule.append(schedule_item)

        create_services_request = cls(
            infer_type=infer_type,
            service_name=service_name,
            description=description,
            config=config,
            cluster_id=cluster_id,
            schedule=schedule,
        )

        create_services_request.additional_properties = d
        return create_services_request

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
