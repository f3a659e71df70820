import multiprocessing as mp


def cube(x: int) -> int:
    return x ** 3


def describe(x: int) -> str:
    return f"{x:03d}"


collected: list[int] = []


def on_result(value: int) -> None:
    collected.append(value)


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        pending = [pool.apply_async(cube, (i,)) for i in range(1, 5)]
        values = [p.get(timeout=5) for p in pending]
        labels = list(pool.imap(describe, values))
    collected.extend(sorted(values))
    total = sum(values)
    print(f"values={values} labels={labels} collected={collected} total={total}")
    assert values == [1, 8, 27, 64] and collected == values
