"""multiprocessing.Pool: map for a batch, apply_async with a callback, imap for a stream."""
import multiprocessing


def cube(n):
    return n ** 3


def describe(word, times):
    return word * times


collected = []

if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        cubes = pool.map(cube, range(1, 6))
        async_result = pool.apply_async(describe, ("ab", 3))
        echoed = async_result.get(timeout=5)
        collected.append(echoed)
        streamed = list(pool.imap(cube, [7, 8]))
    total = sum(cubes)
    print(cubes, echoed, streamed, collected)
    assert total == 225
    assert echoed == "ababab" and collected == ["ababab"]
    assert streamed == [343, 512]
