from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="YamlTemplate")


@_attrs_define
class YamlTemplate:
    """
    Attributes:
        algorithm_type_en (str | Unset): AutoSearch算法类型,英文描述。
        algorithm_type_zh (str | Unset): AutoSearch算法类型,中文描述。
        algorithm_names (list[str] | Unset): 该算法类型下所有算法的名称。
    """

    algorithm_type_en: str | Unset = UNSET
    algorithm_type_zh: str | Unset = UNSET
    algorithm_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algorithm_type_en = self.algorithm_type_en

        algorithm_type_zh = self.algorithm_type_zh

        algorithm_names: list[str] | Unset = UNSET
        if not isinstance(self.algorithm_names, Unset):
            algorithm_names = self.algorithm_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if algorithm_type_en is not UNSET:
            field_dict["algorithm_type_en"] = algorithm_type_en
        if algorithm_type_zh is not UNSET:
            field_dict["algorithm_type_zh"] = algorithm_type_zh
        if algorithm_names is not UNSET:
            field_dict["algorithm_names"] = algorithm_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        algorithm_type_en = d.pop("algorithm_type_en", UNSET)

        algorithm_type_zh = d.pop("algorithm_type_zh", UNSET)

        algorithm_names = cast(list[str], d.pop("algorithm_names", UNSET))

        yaml_template = cls(
            algorithm_type_en=algorithm_type_en,
            algorithm_type_zh=algorithm_type_zh,
            algorithm_names=algorithm_names,
        )

        yaml_template.additional_properties = d
        return yaml_template

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
