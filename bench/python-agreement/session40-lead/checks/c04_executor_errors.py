# Parse records in a thread pool; bad ones raise a custom error whose text is kept. No bug.
from concurrent.futures import ThreadPoolExecutor, as_completed


class ParseError(Exception):
    pass


def parse(record):
    name, _, qty = record.partition("=")
    if not qty.isdigit():
        raise ParseError(f"bad quantity for {name}")
    return name, int(qty)


records = ["apples=3", "pears=x", "plums=12", "figs="]
parsed = {}
errors = []
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = {pool.submit(parse, r): r for r in records}
    for future in as_completed(futures):
        try:
            name, qty = future.result()
            parsed[name] = qty
        except ParseError as e:
            errors.append(str(e))
errors.sort()
print(parsed, errors)
