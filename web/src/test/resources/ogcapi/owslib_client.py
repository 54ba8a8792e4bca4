"""Reads Presencia's OGC API Features with OWSLib (Debian python3-owslib), as a Python GIS user would.

Usage: /usr/bin/python3 owslib_client.py http://127.0.0.1:PORT/ogc
Prints one JSON object: the collection ids, the conformance classes, counts and a few properties.
"""
import json
import sys

from owslib.ogcapi.features import Features

url = sys.argv[1]
api = Features(url)
collections = [c["id"] for c in api.collections()["collections"]]
conformance = api.conformance()["conformsTo"]
page = api.collection_items("municipalities", limit=5, offset=10)
antioquia = api.collection_items("municipalities", limit=200, department_code="05")
departments = api.collection_items("departments", limit=50)
medellin = api.collection_item("municipalities", "05001")
queryables = api.collection_queryables("municipalities")
# Boolean queryables as 1/0, a bbox across the antimeridian, and the compressed page the HTTP stack decodes.
pdet = api.collection_items("municipalities", limit=1, pdet=1)["numberMatched"]
arctic = api.collection_items("municipalities", limit=1, bbox=[177, 65, -177, 70])["numberMatched"]
import requests  # OWSLib's own HTTP stack
big = requests.get(url + "/collections/municipalities/items", params={"limit": 1000}, headers={"Accept": "application/geo+json"})
print(json.dumps({
    "collections": collections,
    "conformance": conformance,
    "page_ids": [f["id"] for f in page["features"]],
    "page_matched": page["numberMatched"],
    "antioquia_returned": len(antioquia["features"]),
    "departments": len(departments["features"]),
    "medellin": medellin["properties"]["name"],
    "queryables": sorted(queryables["properties"].keys()),
    "pdet_as_1": pdet,
    "antimeridian_matched": arctic,
    "page_encoding": big.headers.get("Content-Encoding"),
    "page_features": len(big.json()["features"]),
}, ensure_ascii=False))
