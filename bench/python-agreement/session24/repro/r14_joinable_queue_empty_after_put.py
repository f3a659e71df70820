"""multiprocessing.JoinableQueue has the same feeder thread: empty() right after put() may say True."""
import multiprocessing

if __name__ == "__main__":
    q = multiprocessing.JoinableQueue()
    q.put("task")
    empty_after_put = int(q.empty())
    q.get()
    q.task_done()
    q.join()
    print(empty_after_put)
