# Expected: Pool.map returns squares in input order; a worker Process sends its sum back through a multiprocessing.Queue (squares == [0, 1, 4, 9, 16], child_sum == 30).
import multiprocessing

squares = []
child_sum = 0


def square(x):
    return x * x


def summer(q, values):
    q.put(sum(values))


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        squares = pool.map(square, range(5))
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=summer, args=(q, squares))
    p.start()
    child_sum = q.get()
    p.join()
    print(squares, child_sum)
