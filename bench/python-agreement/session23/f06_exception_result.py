from concurrent.futures import ThreadPoolExecutor


class ParseError(Exception):
    pass


def parse(record):
    if not record.isdigit():
        raise ParseError(f"bad record {record!r}")
    return int(record)


def main():
    records = ["10", "x7", "32", ""]
    good, bad = [], []
    with ThreadPoolExecutor() as ex:
        futures = [ex.submit(parse, r) for r in records]
        for f in futures:
            try:
                good.append(f.result())
            except ParseError as e:
                bad.append(str(e))
            exc = f.exception()
            print(type(exc).__name__ if exc else "ok")
    print("good", good)
    print("bad", bad)


main()
