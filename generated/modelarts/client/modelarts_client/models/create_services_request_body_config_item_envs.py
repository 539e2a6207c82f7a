from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateServicesRequestBodyConfigItemEnvs")


@_attrs_define
class CreateServicesRequestBodyConfigItemEnvs:
    """inferred from examples

    Attributes:
        model_name (str | Unset):
        load_epoch (str | Unset):
    """

    model_name: str | Unset = UNSET
    load_epoch: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        load_epoch = self.load_epoch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if load_epoch is not UNSET:
            field_dict["load_epoch"] = load_epoch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_name = d.pop("model_name", UNSET)

        load_epoch = d.pop("load_epoch", UNSET)

        create_services_request_body_config_item_envs = cls(
            model_name=model_name,
            load_epoch=load_epoch,
        )

        create_services_request_body_config_item_envs.additional_properties = d
        return create_services_request_body_config_item_envs

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
