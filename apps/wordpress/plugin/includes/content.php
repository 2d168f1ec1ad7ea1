<?php
/**
 * Pasted tags (the README's snippet in a Custom HTML block): KSES keeps the three tags with
 * exactly their documented attributes for every role that can publish, and at display time an
 * empty tag gets the same fallback as the block, so it holds its place and feeds get a picture.
 *
 * @package NatoViz
 */

namespace NatoViz;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Adds the three tags and their documented attributes to the HTML that post content may
 * contain. Nothing else: a pasted <script> stays stripped for users without unfiltered_html.
 */
function allowed_html( $tags, $context ) {
	if ( 'post' !== $context || ! is_array( $tags ) ) {
		return $tags;
	}
	foreach ( CHARTS as $tag ) {
		$tags[ $tag ] = array_fill_keys( array_keys( attribute_schema( $tag ) ), true );
	}
	return $tags;
}

/**
 * The chart tags in a piece of HTML that have nothing inside (as pasted): each one's full
 * match, tag and attributes.
 */
function pasted_tags( string $html ): array {
	if ( ! preg_match_all( '#<(nato-presence-map|escalation-ladder|actor-stance-matrix)(\s[^<>]*)?>\s*</\1\s*>#i', $html, $m, PREG_SET_ORDER ) ) {
		return array();
	}
	$out = array();
	foreach ( $m as $match ) {
		$attrs = array();
		foreach ( wp_kses_hair( $match[2] ?? '', array() ) as $name => $attr ) {
			$attrs[ strtolower( $name ) ] = 'n' === $attr['vless'] ? $attr['value'] : true;
		}
		$out[] = array(
			'html'  => $match[0],
			'tag'   => strtolower( $match[1] ),
			'open'  => '<' . $match[1] . ( $match[2] ?? '' ) . '>',
			'attrs' => $attrs,
		);
	}
	return $out;
}

/**
 * The language a pasted tag without a valid `lang` speaks, as the element resolves it: the
 * page's without one, Dutch (the element's default, beside its error state) with an unknown one.
 */
function pasted_lang( array $raw ): string {
	return isset( $raw['lang'] ) ? 'nl' : inherited_lang();
}

/**
 * At display time: each empty pasted tag gets its fallback (in feeds, it becomes the
 * fallback), and the README's script tag for the CDN copy of the embed is dropped — the plugin
 * serves the same bundle from this site.
 */
function fill_pasted_tags( $content ) {
	if ( ! is_string( $content ) ) {
		return $content;
	}
	$content = preg_replace( '#<script\b[^>]*\bsrc=(["\'])https://cdn\.jsdelivr\.net/npm/@nato-viz/embed@[^"\']*/dist/nato-viz\.js\1[^>]*>\s*</script>\s*#i', '', $content );
	foreach ( pasted_tags( $content ) as $pasted ) {
		$tag           = $pasted['tag'];
		list( $attrs ) = validate_attributes( $tag, $pasted['attrs'] );
		$attrs        += array( 'lang' => pasted_lang( $pasted['attrs'] ) );
		if ( is_feed() ) {
			$replacement = feed_fallback( $tag, $attrs, '' );
		} else {
			$key = reserve_key( $tag, $attrs['lang'], $attrs );
			enqueue_chart_assets( array( $key ) );
			$replacement = $pasted['open'] . fallback_html( $tag, $attrs, '', $key ) . '</' . $tag . '>';
		}
		$at = strpos( $content, $pasted['html'] );
		if ( false !== $at ) {
			$content = substr_replace( $content, $replacement, $at, strlen( $pasted['html'] ) );
		}
	}
	return $content;
}
