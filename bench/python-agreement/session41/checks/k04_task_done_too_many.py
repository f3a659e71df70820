# check: task_done called more times than items raises ValueError
import queue
import threading

msgs = []
q = queue.Queue()


def work():
    q.put("a")
    q.get()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        msgs.append(str(e))


t = threading.Thread(target=work)
t.start()
t.join()
q.join()
print(msgs)
