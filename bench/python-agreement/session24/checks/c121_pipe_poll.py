"""Connection.poll(timeout) says whether data is waiting: False before the child sends, True after."""
import multiprocessing
import time


def child(conn):
    time.sleep(0.05)
    conn.send(7)


if __name__ == "__main__":
    parent_end, child_end = multiprocessing.Pipe()
    p = multiprocessing.Process(target=child, args=(child_end,))
    p.start()
    early = parent_end.poll(0.001)
    late = parent_end.poll(1.0)
    value = parent_end.recv()
    p.join()
    early_flag = 1 if early else 0
    late_flag = 1 if late else 0
    print(early_flag, late_flag, value)
