from concurrent.futures import ThreadPoolExecutor

log = []


class ParseError(Exception):
    pass


def job(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(text) from e
    finally:
        log.append("end")


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(job, "q")
    try:
        f.result()
    except ParseError as e:
        log.append(str(e))
print(sorted(log))
