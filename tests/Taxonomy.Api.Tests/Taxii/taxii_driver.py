"""Drives the API's TAXII server with the OASIS client (taxii2client.v21), as an integrator's
platform would, and prints what it read as one JSON document for TaxiiTests to check.

    taxii_driver.py walk DISCOVERY_URL PER_REQUEST
        discovery, the default API root, its collections, and every page of the first collection's objects
    taxii_driver.py since COLLECTION_URL ADDED_AFTER PER_REQUEST
        every page of the objects added after the time, and each one's manifest (all versions) and versions
"""
import json
import sys

from taxii2client.v21 import Collection, Server, as_pages


def objects_of(pages):
    return [stix_object for page in pages for stix_object in page.get("objects", [])]


def walk(discovery_url, per_request):
    server = Server(discovery_url)
    root = server.default
    collections = root.collections
    pages = list(as_pages(collections[0].get_objects, per_request=per_request))
    return {
        "title": server.title,
        "api_roots": [api_root.url for api_root in server.api_roots],
        "default": root.url,
        "root_title": root.title,
        "versions": root.versions,
        "max_content_length": root.max_content_length,
        "collections": [
            {"id": c.id, "url": c.url, "title": c.title, "can_read": c.can_read, "can_write": c.can_write, "media_types": c.media_types}
            for c in collections
        ],
        "page_sizes": [len(page.get("objects", [])) for page in pages],
        "objects": objects_of(pages),
    }


def since(collection_url, added_after, per_request):
    collection = Collection(collection_url)
    added = objects_of(as_pages(collection.get_objects, per_request=per_request, added_after=added_after))
    return {
        "objects": added,
        "manifests": {
            o["id"]: objects_of(as_pages(collection.get_manifest, per_request=per_request, id=o["id"], version="all"))
            for o in added
        },
        "versions": {o["id"]: collection.object_versions(o["id"]).json().get("versions", []) for o in added},
    }


def main(args):
    if args[0] == "walk":
        result = walk(args[1], int(args[2]))
    elif args[0] == "since":
        result = since(args[1], args[2], int(args[3]))
    else:
        raise SystemExit("usage: taxii_driver.py walk DISCOVERY_URL PER_REQUEST | since COLLECTION_URL ADDED_AFTER PER_REQUEST")
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
