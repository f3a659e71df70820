# no bug: worker processes send (id, result) pairs back on a multiprocessing.Queue
import multiprocessing as mp


def render(job_id: int, out: mp.Queue) -> None:
    out.put((job_id, job_id * job_id))


if __name__ == "__main__":
    results_queue = mp.Queue()
    procs = [mp.Process(target=render, args=(i, results_queue)) for i in range(3)]
    for p in procs:
        p.start()
    squares = {}
    for _ in procs:
        job_id, value = results_queue.get()
        squares[job_id] = value
    for p in procs:
        p.join()
    total = sum(squares.values())
    print(f"squares={squares} total={total}")
    assert total == 5
