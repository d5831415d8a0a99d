"""The cue vocabulary (``cues.yaml``) loaded once and compiled into matchers.

Two views of a text are matched, both one output character per input character so that a
match's span is also a span of the original text:

* :func:`fold_aligned` — the same result as :func:`dvtool.vntext.fold` (no case, no
  diacritics, đ->d). Used for text typed without diacritics ("to chuc hoi nghi").
* :func:`tone_key` — lowercase, with each syllable's tone mark moved to its last vowel, so
  old and new tone placement (hòa/hoà, ủy/uỷ) agree while tones still count. Used for
  accented text, where folding would confuse words that differ only in tone (giám/giảm,
  đất/đạt, sở/so, thị/thì) and break unit and cue boundaries.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from dvtool.extract._yamldata import as_mapping, check_declared, packaged_text
from dvtool.extract.cueset import CueMatch as CueMatch
from dvtool.extract.cueset import CueSet as CueSet
from dvtool.extract.cueset import fold_aligned as fold_aligned
from dvtool.extract.cueset import has_diacritics as has_diacritics
from dvtool.extract.cueset import tone_key as tone_key
from dvtool.extract.cueset import view as view
from dvtool.pycache import cache_file, parse_yaml, remembered

CUES_FILE = "cues.yaml"


# Lists that cues.yaml gives as an extension of another list (name -> the list it extends):
# the attribute matches the phrases of both, so no phrase is written twice; the YAML comment of
# each says what it adds.
EXTENDS: dict[str, str] = {
    "superior_bodies": "higher_levels",
    "header_body_heads": "org_heads",
    "meta_date_prefixes": "weekday_names",
    "stamp_words": "date_intro_words",
    "task_verbs": "imperative_openers",
    "agreed_work_heads": "task_nouns",
    "speaker_titles": "signer_titles",
    "direction_verbs": "wish_verbs",
    "asking_subjects": "public_subjects",
}


# Lists whose phrases "còn X" also match with a degree adverb after their head word (name -> the
# mapping of head words to their adverbs): "còn rất hạn chế", "còn quá chậm" state what "còn hạn
# chế", "còn chậm" state.
GRADED: dict[str, str] = {
    "shortcoming_phrases": "degree_adverbs",
    "shortcoming_clauses": "degree_adverbs",
}


def _graded(phrases: list[str], adverbs: dict[str, CueSet]) -> list[str]:
    """The phrases, and each one that opens with a head word ("còn") again with every adverb of
    that word after it."""
    more = [
        f"{h} {a} {p[len(h) + 1 :]}"
        for p in phrases
        for h, after in adverbs.items()
        if p.startswith(h + " ")
        for a in after.phrases
    ]
    return [*phrases, *more]


class Cues:
    """The vocabulary: every list of ``cues.yaml`` as a typed attribute (a :class:`CueSet`).

    Loading checks that the file and the attributes name the same lists, so a list added to
    the file must be declared here, and a misspelt name is a mypy error at its use. A list
    named in :data:`EXTENDS` also holds the phrases of the list it extends.
    """

    noise_lines: CueSet
    cms_artefacts: CueSet
    relative_stamps: CueSet
    page_counters: CueSet
    term_span_words: CueSet
    weekday_names: CueSet
    meta_date_prefixes: CueSet
    date_intro_words: CueSet
    month_labels: CueSet
    stamp_words: CueSet
    related_headers: CueSet
    byline_prefixes: CueSet
    source_prefixes: CueSet
    byline_notes: CueSet
    page_end_lines: CueSet
    page_end_openers: CueSet
    list_intro_words: CueSet
    outlet_follow_openers: CueSet
    outlet_follow_closers: CueSet
    outlet_greetings: CueSet
    staff_bylines: CueSet
    outlet_heads: CueSet
    reporter_roles: CueSet
    national_lines: CueSet
    minutes_kinds: CueSet
    conclusion_headings: CueSet
    holiday_phrases: CueSet
    minutes_labels: CueSet
    minutes_signers: CueSet
    minutes_closings: CueSet
    header_body_heads: CueSet
    signer_titles: CueSet
    document_types: CueSet
    organize_verbs: CueSet
    organizer_trailers: CueSet
    event_nouns: CueSet
    org_heads: CueSet
    location_heads: CueSet
    honorifics: CueSet
    plural_honorifics: CueSet
    chair_cues: CueSet
    attend_cues: CueSet
    attend_trailers: CueSet
    bare_attend_openers: CueSet
    name_prefixes: CueSet
    presence_cues: CueSet
    counterpart_cues: CueSet
    counterpart_stops: CueSet
    visit_verbs: CueSet
    visitor_heads: CueSet
    subject_attend_verbs: CueSet
    group_heads: CueSet
    weak_group_heads: CueSet
    comma_group_heads: CueSet
    remark_cues: CueSet
    remark_continuations: CueSet
    caption_markers: CueSet
    speech_verbs: CueSet
    delegation_heads: CueSet
    delegation_titles: CueSet
    delegation_activities: CueSet
    caption_openers: CueSet
    caption_subjects: CueSet
    caption_subject_verbs: CueSet
    photo_positions: CueSet
    procedural_appointments: CueSet
    request_attributions: CueSet
    limitation_openers: CueSet
    list_announcers: CueSet
    concessive_openers: CueSet
    limitation_names: CueSet
    shortcoming_focus: CueSet
    overcoming_verbs: CueSet
    cause_names: CueSet
    cause_links: CueSet
    cause_subjects: CueSet
    remedied_reports: CueSet
    remedy_verbs: CueSet
    estimate_verbs: CueSet
    caption_speech_verbs: CueSet
    speech_kinds: CueSet
    event_places: CueSet
    pointing_verbs: CueSet
    example_words: CueSet
    circumstance_openers: CueSet
    difficulty_nouns: CueSet
    hardship_holders: CueSet
    difficulty_determiners: CueSet
    difficulty_predicates: CueSet
    shortcoming_predicates: CueSet
    clause_continuations: CueSet
    contrast_connectives: CueSet
    shortcoming_markers: CueSet
    limitation_meta: CueSet
    predicate_markers: CueSet
    criticism_verbs: CueSet
    shortcoming_part_words: CueSet
    shortcoming_phrases: CueSet
    degree_adverbs: dict[str, CueSet]
    task_openers: CueSet
    review_words: CueSet
    task_horizons: CueSet
    task_modals: CueSet
    endured_verbs: CueSet
    future_markers: CueSet
    future_compounds: CueSet
    directive_verbs: CueSet
    direction_verbs: CueSet
    direction_blockers: CueSet
    noun_phrase_heads: CueSet
    reported_speeches: CueSet
    body_direction_verbs: CueSet
    direction_continuations: CueSet
    scope_openers: CueSet
    scoped_work_verbs: CueSet
    complying_verbs: CueSet
    shortcoming_clauses: CueSet
    not_shortcomings: CueSet
    failures: CueSet
    attainment_words: CueSet
    prevention_words: CueSet
    former_state_markers: CueSet
    task_joiners: CueSet
    numbered_work_heads: CueSet
    orienting_verbs: CueSet
    oriented_objects: CueSet
    agenda_subjects: CueSet
    solution_heads: CueSet
    key_task_heads: CueSet
    focus_leads: CueSet
    task_nouns: CueSet
    national_leaders: CueSet
    list_closers: CueSet
    habitual_adverbs: CueSet
    result_heads: CueSet
    imperative_openers: CueSet
    task_verbs: CueSet
    goal_verbs: CueSet
    agreed_verbs: CueSet
    agreed_work_heads: CueSet
    statement_verbs: CueSet
    need_modals: CueSet
    need_blockers: CueSet
    conditional_openers: CueSet
    copulas: CueSet
    ceremony_verbs: CueSet
    event_acts: CueSet
    caption_report_acts: CueSet
    conditional_consequents: CueSet
    likelihood_words: CueSet
    belief_words: CueSet
    belief_noun_heads: CueSet
    demand_verbs: CueSet
    outcome_verbs: CueSet
    happening_verbs: CueSet
    future_fillers: CueSet
    need_non_directions: CueSet
    need_relatives: CueSet
    need_correlatives: CueSet
    stress_verbs: CueSet
    wish_verbs: CueSet
    public_subjects: CueSet
    asking_subjects: CueSet
    facility_measures: CueSet
    meeting_frames: CueSet
    setting_verbs: CueSet
    need_adjectives: CueSet
    target_verbs: CueSet
    speaker_titles: CueSet
    object_markers: CueSet
    enumeration_intros: CueSet
    intro_compounds: CueSet
    agreement_verbs: CueSet
    object_list_heads: CueSet
    recommendation_verbs: CueSet
    proposal_verbs: CueSet
    amendment_verbs: CueSet
    passive_markers: CueSet
    ministry_heads: CueSet
    not_ministries: CueSet
    help_verbs: CueSet
    expressive_verbs: CueSet
    subjectless_connectives: CueSet
    next_year_openers: CueSet
    voter_words: CueSet
    voter_request_verbs: CueSet
    voter_possessives: CueSet
    petition_words: CueSet
    cause_openers: CueSet
    consequence_words: CueSet
    meeting_words: CueSet
    report_markers: CueSet
    noun_followers: CueSet
    higher_levels: CueSet
    enumerators: CueSet
    plan_year_cues: CueSet
    reporting_year_cues: CueSet
    plan_statement_cues: CueSet
    partial_period_cues: CueSet
    horizon_year_words: CueSet
    comparison_year_words: CueSet
    document_year_words: CueSet
    congress_nouns: CueSet
    plan_period_openers: CueSet
    name_connectives: CueSet
    circumstance_heads: CueSet
    name_clause_stops: CueSet
    name_trailers: CueSet
    title_clause_words: CueSet
    title_stop_openers: CueSet
    award_names: CueSet
    recipient_clause_stops: CueSet
    recipient_kin_heads: CueSet
    award_attaining_verbs: CueSet
    giver_leader_words: CueSet
    award_name_stops: CueSet
    personal_award_names: CueSet
    collective_award_names: CueSet
    person_recipient_heads: CueSet
    place_estates: CueSet
    recipient_topic_openers: CueSet
    described_award_names: CueSet
    described_award_stops: CueSet
    award_verbs: CueSet
    award_proposals: CueSet
    award_grades: CueSet
    generic_award_names: CueSet
    award_receiving_verbs: CueSet
    award_ceremony_verbs: CueSet
    praise_verbs: CueSet
    award_occasions: CueSet
    award_reasons: CueSet
    collective_nouns: CueSet
    recipient_heads: CueSet
    individual_nouns: CueSet
    mixed_recipient_units: CueSet
    award_work_fields: CueSet
    figure_excluded_before: CueSet
    figure_unit_stops: CueSet
    figure_level_units: CueSet
    figure_norm_prefixes: CueSet
    figure_range_words: CueSet
    figure_measure_levels: CueSet
    figure_whole_sets: CueSet
    figure_whole_set_exceptions: CueSet
    figure_ranks: CueSet
    figure_honour_verbs: CueSet
    figure_prize_verbs: CueSet
    figure_prize_units: CueSet
    figure_delegate_units: CueSet
    figure_delegate_qualifiers: CueSet
    figure_attending_words: CueSet
    figure_represented_words: CueSet
    figure_each_words: CueSet
    figure_gift_nouns: CueSet
    figure_worth_words: CueSet
    figure_gift_verbs: CueSet
    figure_period_words: CueSet
    figure_mobilise_words: CueSet
    figure_gift_occasions: CueSet
    figure_member_units: CueSet
    figure_composed_words: CueSet
    figure_age_units: CueSet
    shortcoming_conditions: CueSet
    shortcoming_resolves: CueSet
    difficulty_example_words: CueSet
    subject_nominalizers: CueSet
    figure_named_place_units: CueSet
    figure_motto_units: CueSet
    figure_motto_unit_exceptions: CueSet
    figure_page_counters: CueSet
    figure_day_units: CueSet
    count_subjects: CueSet
    figure_level_unit_exceptions: CueSet
    figure_vote_words: CueSet
    figure_directing_verbs: CueSet
    figure_standing_words: CueSet
    figure_scope_units: CueSet
    figure_plan_words: CueSet
    figure_term_units: CueSet
    figure_some_words: CueSet
    figure_context_words: CueSet
    figure_result_verbs: CueSet
    figure_target_words: CueSet
    figure_unit_stops_before_number: CueSet
    counted_time_units: CueSet
    figure_unit_verbs: CueSet
    figure_statistic_heads: CueSet
    figure_money_scales: CueSet
    figure_currencies: CueSet
    figure_money_kinds: CueSet
    figure_currency_compounds: CueSet
    figure_prefixes: CueSet
    figure_suffixes: CueSet
    spelled_count_nouns: CueSet
    document_words: CueSet
    time_of_day: dict[str, CueSet]
    period_starts: dict[str, CueSet]
    relative_days: dict[str, CueSet]
    deadline_words: CueSet
    party_header_lines: CueSet
    official_kinds: CueSet
    subject_line_openers: CueSet
    meeting_kinds: CueSet
    meeting_date_openers: CueSet
    activity_verbs: CueSet
    activity_blockers: CueSet
    representative_words: CueSet
    number_labels: CueSet
    date_words: dict[str, CueSet]
    addressee_labels: CueSet
    recipient_labels: CueSet
    signer_authorities: CueSet
    signature_stamp_labels: CueSet
    signature_notes: CueSet
    dependent_bodies: CueSet
    place_levels: CueSet
    body_name_casing: CueSet
    proper_name_heads: CueSet
    work_field_heads: CueSet
    work_field_joins: CueSet
    work_fields: CueSet
    appendix_headings: CueSet
    attachment_pointers: CueSet
    surname_heads: CueSet
    family_names: CueSet
    attachment_places: CueSet
    attachment_tails: CueSet
    row_number_columns: CueSet
    unit_columns: CueSet
    figure_changes: dict[str, CueSet]
    figure_breakdown_openers: CueSet
    spelled_period_before: CueSet
    figure_compound_scales: dict[str, CueSet]
    request_headings: CueSet
    glued_units: CueSet
    repeat_measures: CueSet
    chair_roles: CueSet
    upward_headings: CueSet
    agreement_headings: CueSet
    conclusion_intros: CueSet
    conclusion_verb_ends: CueSet
    consequence_connectives: CueSet
    non_section_headings: CueSet
    difficulty_headings: CueSet
    assessment_headings: CueSet
    assessment_topics: CueSet
    upward_request_verbs: CueSet
    request_noun_heads: CueSet
    request_verbs: CueSet
    topic_heads: CueSet
    point_topic_heads: CueSet
    summary_openers: CueSet
    direction_subjects: CueSet
    none_values: CueSet
    applied_for_words: CueSet
    legal_bases: CueSet
    other_part_headings: CueSet
    shortfall_phrases: CueSet
    list_ends: CueSet
    opener_blockers: CueSet
    superior_bodies: CueSet
    assignment_openers: CueSet

    def __init__(self, data: dict[str, Any]) -> None:
        check_declared(data, Cues, CUES_FILE)
        self.raw = data
        for name, value in data.items():
            if isinstance(value, list):
                setattr(self, name, CueSet(name, [str(v) for v in value]))
            else:
                phrases = {k: CueSet(f"{name}.{k}", [str(v) for v in vs]) for k, vs in value.items()}
                setattr(self, name, phrases)
        for name, base in EXTENDS.items():
            setattr(self, name, CueSet(name, [*self[base].phrases, *self[name].phrases]))
        for name, adverbs in GRADED.items():
            graded = _graded(list(self[name].phrases), getattr(self, adverbs))
            setattr(self, name, CueSet(name, graded))

    @property
    def sets(self) -> dict[str, CueSet]:
        """The plain lists by name."""
        return {n: v for n, v in vars(self).items() if isinstance(v, CueSet)}

    @property
    def maps(self) -> dict[str, dict[str, CueSet]]:
        """The mappings of lists by name."""
        return {n: v for n, v in vars(self).items() if isinstance(v, dict) and n != "raw"}

    def __getitem__(self, name: str) -> CueSet:
        """A list by name (kept for callers not yet on the typed attributes)."""
        value = getattr(self, name)
        assert isinstance(value, CueSet)
        return value

    def map(self, name: str) -> dict[str, CueSet]:
        value = getattr(self, name)
        assert isinstance(value, dict)
        return value


def load_cues_text() -> str:
    """The cue file as shipped in the package."""
    return packaged_text(CUES_FILE)


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The cue vocabulary, loaded and compiled once per process."""
    return Cues(as_mapping(_cue_data(load_cues_text()), CUES_FILE, "a mapping of cue lists"))


def _cue_data(text: str) -> Any:
    """``text`` parsed as YAML, through a cache kept beside the bytecode
    (:mod:`dvtool.pycache`): importing PyYAML and building the lists cost a one-file command
    about a tenth of its time. An edited cues.yaml is parsed again."""
    return remembered(_cache_path(), text, lambda: parse_yaml(text))


def _cache_path() -> Path | None:
    return cache_file(__file__, Path(CUES_FILE).stem)
