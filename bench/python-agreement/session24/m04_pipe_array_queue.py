"""A child process squares an Array in place, reports through a Pipe, and a multiprocessing.Queue returns a total."""
import multiprocessing


def square_all(numbers, connection, results):
    with numbers.get_lock():
        for i in range(len(numbers)):
            numbers[i] = numbers[i] * numbers[i]
    connection.send(("done", len(numbers)))
    connection.close()
    results.put(sum(numbers[:]))


if __name__ == "__main__":
    numbers = multiprocessing.Array("i", [1, 2, 3, 4])
    parent_end, child_end = multiprocessing.Pipe()
    results = multiprocessing.Queue()
    child = multiprocessing.Process(target=square_all, args=(numbers, child_end, results))
    child.start()
    status, count = parent_end.recv()
    total = results.get()
    child.join()
    squares = list(numbers)
    print(status, count, total, squares)
    assert status == "done" and count == 4
    assert total == 30 and squares == [1, 4, 9, 16]
