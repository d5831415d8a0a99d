"""``dvtool validate``: one verdict per input, as text or NDJSON."""

from __future__ import annotations

from dvtool.app.options import BatchOptions, ValidateFormat
from dvtool.app.run import NOT_CHECKED, BatchState, expand_inputs, load_specs, out, outcomes


def validate(batch: BatchOptions, output_format: ValidateFormat) -> None:
    import json

    from dvtool.app.jobs import validate_job
    from dvtool.app.reporters import skipped_record, validation_record, validation_text
    from dvtool.schema import warm_up

    try:
        refs = expand_inputs(batch)
    finally:
        # Every file found gets a record, the ones passed over first (also when none is left).
        if output_format is ValidateFormat.json:
            for path in batch.skipped:
                out(json.dumps(skipped_record(path, batch.strict), ensure_ascii=False) + "\n")
    specs = load_specs(batch, refs)
    if output_format is ValidateFormat.json:
        for label, reason in batch.carried_skips:
            out(json.dumps(skipped_record(label, batch.strict, reason), ensure_ascii=False) + "\n")
    warm_up()  # compile the schema check once, before any worker process is forked
    state = BatchState(batch)
    # validate writes nothing: its jobs may be retried
    for outcome in outcomes(validate_job, specs, state, NOT_CHECKED, retryable=True):
        if output_format is ValidateFormat.json:
            out(json.dumps(validation_record(outcome), ensure_ascii=False) + "\n")
        else:
            out(validation_text(outcome))
    state.finish()
