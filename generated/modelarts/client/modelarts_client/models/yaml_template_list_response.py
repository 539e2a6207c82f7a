from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.yaml_template import YamlTemplate


T = TypeVar("T", bound="YamlTemplateListResponse")


@_attrs_define
class YamlTemplateListResponse:
    """
    Attributes:
        yaml_templates (list[YamlTemplate] | Unset): 所有yaml文件的目录和文件名信息。
    """

    yaml_templates: list[YamlTemplate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        yaml_templates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.yaml_templates, Unset):
            yaml_templates = []
            for yaml_templates_item_data in self.yaml_templates:
                yaml_templates_item = yaml_templates_item_data.to_dict()
                yaml_templates.append(yaml_templates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if yaml_templates is not UNSET:
            field_dict["yaml_templates"] = yaml_templates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.yaml_template import YamlTemplate  # noqa: PLC0415

        d = dict(src_dict)
        _yaml_templates = d.pop("yaml_templates", UNSET)
        yaml_templates: list[YamlTemplate] | Unset = UNSET
        if _yaml_templates is not UNSET:
            yaml_templates = []
            for yaml_templates_item_data in _yaml_templates:
                yaml_templates_item = YamlTemplate.from_dict(yaml_templates_item_data)

                yaml_templates.append(yaml_templates_item)

        yaml_template_list_response = cls(
            yaml_templates=yaml_templates,
        )

        yaml_template_list_response.additional_properties = d
        return yaml_template_list_response

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
