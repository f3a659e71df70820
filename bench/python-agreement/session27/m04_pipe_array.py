"""A Pipe for request/response with a child process, and an Array the child fills in place."""
from multiprocessing import Array, Pipe, Process


def service(conn, histogram) -> None:
    while True:
        request = conn.recv()
        if request is None:
            break
        op, values = request
        if op == "sum":
            conn.send(sum(values))
        elif op == "hist":
            for v in values:
                with histogram.get_lock():
                    histogram[v % len(histogram)] += 1
            conn.send("ok")
    conn.close()


answers: list = []
buckets: list[int] = []
if __name__ == "__main__":
    parent_end, child_end = Pipe()
    histogram = Array("i", 4)
    child = Process(target=service, args=(child_end, histogram))
    child.start()
    for request in [("sum", [1, 2, 3]), ("hist", [1, 5, 6, 7, 8]), ("sum", [10, 20])]:
        parent_end.send(request)
        answers.append(parent_end.recv())
    parent_end.send(None)
    child.join()
    buckets = list(histogram)
    print(f"answers={answers} buckets={buckets}")
    assert answers == [6, "ok", 30] and buckets == [1, 2, 1, 1]
