<?php
/**
 * The charts' documented attributes and their validation. Every value that reaches a page is
 * one of the documented values (or dataset ids), so nothing an author types can become markup.
 *
 * @package NatoViz
 */

namespace NatoViz;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The block's and the shortcode's chart names → the custom element each one places. */
const CHARTS = array(
	'map'    => 'nato-presence-map',
	'ladder' => 'escalation-ladder',
	'matrix' => 'actor-stance-matrix',
);

const LANGS = array( 'nl', 'en' );

/** The dataset shipped with the plugin (the one built into the embed bundle). */
function dataset(): array {
	static $data = null;
	if ( null === $data ) {
		$data = json_decode( (string) file_get_contents( dirname( FILE ) . '/data/article.json' ), true );
	}
	return $data;
}

/** Ids of one list of the dataset (actors, issues, rungs), in the dataset's order. */
function ids( string $list ): array {
	return array_map(
		static function ( $item ) {
			return (string) $item['id'];
		},
		dataset()[ $list ]
	);
}

/**
 * The attributes each tag documents (its package README), other than the replacement dataset
 * (`data`, `src`), which the plugin does not offer: its static fallback could not show it and
 * `src` would make readers' browsers fetch from another host.
 *
 * Each maps to: 'bool', an array of allowed values, or 'list:<dataset list>' (comma-separated
 * dataset ids).
 */
function attribute_schema( string $tag ): array {
	$common = array(
		'lang'      => LANGS,
		'theme'     => array( 'auto', 'light', 'dark' ),
		'no-legend' => 'bool',
		'no-table'  => 'bool',
	);
	switch ( $tag ) {
		case 'nato-presence-map':
			return $common + array(
				'scenario' => array( 'deal', 'no-deal' ),
				'view'     => array( 'europe', 'ukraine' ),
			);
		case 'escalation-ladder':
			return $common + array(
				'orientation' => array( 'vertical', 'horizontal' ),
				'path'        => array( 'both', 'deal', 'no-deal' ),
				'current'     => ids( 'rungs' ),
			);
		case 'actor-stance-matrix':
			return $common + array(
				'sort'   => array( 'data', 'agreement' ),
				'actors' => 'list:actors',
				'issues' => 'list:issues',
			);
	}
	return array();
}

/**
 * Keeps the documented attributes with valid values, in a fixed order, and drops the rest.
 *
 * @param string $tag A chart tag.
 * @param array  $raw Attribute name → value as written (shortcode, block, pasted tag).
 * @return array{0: array<string, string|true>, 1: string[]} The valid attributes, and the names
 *               of those that were dropped (for the editor's notice and the tests).
 */
function validate_attributes( string $tag, array $raw ): array {
	$valid    = array();
	$rejected = array();
	$raw      = array_change_key_case( $raw, CASE_LOWER );
	foreach ( attribute_schema( $tag ) as $name => $rule ) {
		if ( ! array_key_exists( $name, $raw ) ) {
			continue;
		}
		$value = $raw[ $name ];
		if ( 'bool' === $rule ) {
			if ( true === $value || in_array( strtolower( trim( (string) $value ) ), array( '', '1', 'true', $name ), true ) ) {
				$valid[ $name ] = true;
			} elseif ( ! in_array( strtolower( trim( (string) $value ) ), array( '0', 'false' ), true ) ) {
				$rejected[] = $name;
			}
			continue;
		}
		if ( ! is_scalar( $value ) ) {
			$rejected[] = $name;
			continue;
		}
		$value = trim( (string) $value );
		if ( '' === $value ) {
			continue;
		}
		if ( 'lang' === $name ) {
			// As the element reads it: "en-GB" → "en", "NL" → "nl".
			$value = strtolower( (string) preg_split( '/[-_]/', $value )[0] );
		}
		if ( is_array( $rule ) ) {
			if ( in_array( $value, $rule, true ) ) {
				$valid[ $name ] = $value;
			} else {
				$rejected[] = $name;
			}
			continue;
		}
		// A comma-separated list of dataset ids: every id known, none twice.
		$known = ids( substr( $rule, strlen( 'list:' ) ) );
		$items = array_map( 'trim', explode( ',', $value ) );
		if ( count( $items ) === count( array_unique( $items ) ) && array() === array_diff( $items, $known ) ) {
			$valid[ $name ] = implode( ',', $items );
		} else {
			$rejected[] = $name;
		}
	}
	foreach ( array_keys( $raw ) as $name ) {
		if ( ! isset( attribute_schema( $tag )[ $name ] ) && ! in_array( $name, $rejected, true ) ) {
			$rejected[] = (string) $name;
		}
	}
	return array( $valid, $rejected );
}

/**
 * The language of a chart that names none: the site's, if the charts speak it, else English.
 * (`nato_viz_default_lang` lets a multilingual plugin give the post's language instead.)
 */
function default_lang(): string {
	$site = strtolower( substr( (string) get_bloginfo( 'language' ), 0, 2 ) );
	$lang = in_array( $site, LANGS, true ) ? $site : 'en';
	$lang = (string) apply_filters( 'nato_viz_default_lang', $lang );
	return in_array( $lang, LANGS, true ) ? $lang : 'en';
}

/**
 * The language a pasted tag without `lang` speaks, as the element resolves it: the page's
 * (`<html lang>`, the site's language) if the charts speak it, else Dutch.
 */
function inherited_lang(): string {
	$site = strtolower( substr( (string) get_bloginfo( 'language' ), 0, 2 ) );
	return in_array( $site, LANGS, true ) ? $site : 'nl';
}
