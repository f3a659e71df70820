"""A child process receives lists through a Pipe and sends back their sums (`sum` of a list known only
at run time, inside the `send`)."""
from multiprocessing import Pipe, Process


def service(conn) -> None:
    while True:
        values = conn.recv()
        if values is None:
            break
        conn.send(sum(values))
    conn.close()


answers: list = []
if __name__ == "__main__":
    parent_end, child_end = Pipe()
    child = Process(target=service, args=(child_end,))
    child.start()
    parent_end.send([1, 2, 3])
    answers.append(parent_end.recv())
    parent_end.send([10, 20])
    answers.append(parent_end.recv())
    parent_end.send([])
    answers.append(parent_end.recv())
    parent_end.send(None)
    child.join()
    print(answers)
