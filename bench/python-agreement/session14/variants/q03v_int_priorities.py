# Expected: the scheduler runs jobs in priority order (order == [1, 3, 2, 4] by job id); no bug
# Variant of q03_priority_scheduler.py: tuple items (priority, id, name) encoded as the integer priority*10+id
import queue
import threading

pq = queue.PriorityQueue()
order = []


def scheduler():
    while True:
        key = pq.get()
        job_id = key % 10
        if key >= 990:
            pq.task_done()
            break
        print(f"running job {job_id}")
        order.append(job_id)
        pq.task_done()


def main():
    pq.put(22)
    pq.put(11)
    pq.put(13)
    pq.put(54)
    pq.put(999)
    worker = threading.Thread(target=scheduler)
    worker.start()
    pq.join()
    worker.join()
    print(f"order={order}")


if __name__ == "__main__":
    main()
