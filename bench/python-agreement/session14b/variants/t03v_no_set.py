# Known bug: `if x not in seen: seen.append(x)` is not atomic, so two crawlers can both add the same URL (duplicates in seen).
import threading

seen = []
duplicates_found = 0


def crawl(urls):
    for url in urls:
        if url not in seen:
            seen.append(url)


def main():
    global duplicates_found
    t1 = threading.Thread(target=crawl, args=([1, 2, 3],))
    t2 = threading.Thread(target=crawl, args=([3, 2, 4],))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    duplicates_found = 0
    print("seen:", seen, "duplicates:", duplicates_found)


if __name__ == "__main__":
    main()
