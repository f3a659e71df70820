from concurrent.futures import ThreadPoolExecutor


def parse(text):
    return int(text)


def main():
    inputs = ["10", "x", "30", ""]
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(parse, s) for s in inputs]
    good = []
    for text, fut in zip(inputs, futures):
        try:
            good.append(fut.result())
        except ValueError as exc:
            print(f"bad input {text!r}: {type(exc).__name__}")
    print("parsed", good)
    errors = [f.exception() for f in futures]
    print("error count", sum(e is not None for e in errors))


main()
