# Expected: the scheduler runs jobs in priority order (order == [1, 3, 2, 4] by job id); no bug
import queue
import threading

pq = queue.PriorityQueue()
order = []


def scheduler():
    while True:
        priority, job_id, name = pq.get()
        if job_id < 0:
            pq.task_done()
            break
        print(f"running {name} (priority {priority})")
        order.append(job_id)
        pq.task_done()


def main():
    pq.put((2, 2, "send-email"))
    pq.put((1, 1, "charge-card"))
    pq.put((1, 3, "reserve-stock"))
    pq.put((5, 4, "cleanup"))
    pq.put((99, -1, "stop"))
    worker = threading.Thread(target=scheduler)
    worker.start()
    pq.join()
    worker.join()
    print(f"order={order}")


if __name__ == "__main__":
    main()
