from concurrent.futures import ThreadPoolExecutor
import time

done = 0


def job():
    global done
    time.sleep(0.02)
    done = 1


ex = ThreadPoolExecutor(max_workers=1)
ex.submit(job)
ex.shutdown(wait=False)
