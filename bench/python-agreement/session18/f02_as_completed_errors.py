# Submit parse jobs, collect results and errors with as_completed; failing inputs are reported, not fatal.
from concurrent.futures import ThreadPoolExecutor, as_completed

INPUTS = ["12", "7", "x9", "30", ""]

parsed = {}
errors = {}


def parse(text):
    if not text:
        raise ValueError("empty")
    return int(text)


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {pool.submit(parse, text): text for text in INPUTS}
        for future in as_completed(futures):
            text = futures[future]
            try:
                parsed[text] = future.result()
            except ValueError as exc:
                errors[text] = type(exc).__name__
    total = sum(parsed.values())
    assert total == 49
    assert len(errors) == 2
