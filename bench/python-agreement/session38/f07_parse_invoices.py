# Parse invoices in worker processes; a malformed invoice raises in the worker and the exception comes
# back to the parent through future.result().
from concurrent.futures import ProcessPoolExecutor


def parse(line):
    number, amount = line.split(";")
    return number.strip(), int(amount)


def main():
    lines = ["INV-1; 120", "INV-2; 75", "INV-3; twelve", "INV-4; 30"]
    totals = {}
    failures = []
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(parse, line) for line in lines]
        for line, future in zip(lines, futures):
            try:
                number, amount = future.result()
                totals[number] = amount
            except ValueError as exc:
                failures.append((line.split(";")[0], type(exc).__name__))
    print(f"total={sum(totals.values())} parsed={sorted(totals)} failures={failures}")


if __name__ == "__main__":
    main()
